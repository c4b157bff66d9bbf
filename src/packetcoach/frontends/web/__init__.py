"""The local web app (``packetcoach serve``): one page on 127.0.0.1 with the whole product.

``server.serve`` binds the socket, builds the guarded Starlette application (``app.py``) and runs
it with uvicorn until Ctrl-C. See docs/web.md.
"""
