// Every request the page makes: same origin, with the per-process token from the page's meta tag.

const token = document.querySelector('meta[name="packetcoach-token"]')?.content || "";

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem);
    this.status = status;
  }
}

async function failure(response) {
  let problem = `the server answered ${response.status}`;
  try {
    const body = await response.json();
    if (body && typeof body.message === "string") problem = body.message;
  } catch (_) { /* not JSON: keep the status */ }
  return new ApiError(response.status, problem);
}

export async function post(path, body, { raw = false, headers = {}, signal } = {}) {
  const init = {
    method: "POST",
    headers: { "X-Packetcoach-Token": token, ...headers },
    credentials: "same-origin",
    cache: "no-store",
    signal,
  };
  if (body instanceof Blob || body instanceof ArrayBuffer) {
    init.body = body;
    init.headers["Content-Type"] = "application/octet-stream";
  } else {
    init.body = JSON.stringify(body ?? {});
    init.headers["Content-Type"] = "application/json";
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error.name === "AbortError") throw error;
    throw new ApiError(0, "the packetcoach server is not running: start it again with 'packetcoach serve'");
  }
  if (!response.ok) throw await failure(response);
  return raw ? response : response.json();
}
