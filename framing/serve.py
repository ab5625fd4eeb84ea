"""``framing serve``: the paste-and-compare page on this computer.

The web application itself is :mod:`framing.web` (Flask, imported only when the
page is started); the ``serve`` command's options and message are the command
line's (:mod:`framing.cli`).
"""

from __future__ import annotations

__all__ = ["serve", "page_url", "DEFAULT_PORT"]

DEFAULT_PORT = 8765


def serve(host: str = "127.0.0.1", port: int = DEFAULT_PORT, *, open_browser: bool = True) -> None:
    """Serve the page until Ctrl+C."""
    from werkzeug.serving import run_simple

    from .web import create_app

    url = page_url(host, port)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    run_simple(host, port, create_app(), threaded=True)


def page_url(host: str, port: int) -> str:
    """The address a browser on this computer opens for the page served on ``host:port``."""
    return f"http://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/"
