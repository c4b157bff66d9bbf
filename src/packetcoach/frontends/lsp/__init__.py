"""The language server front end; pygls and lsprotocol load only when the server starts."""


def serve() -> None:
    from packetcoach.frontends.lsp.server import serve as run  # noqa: PLC0415

    run()
