"""``framing serve``: the paste-and-compare page on this computer, and the finding filters of the command line.

The web application itself is :mod:`framing.web` (Flask, imported only when the
page is started).
"""

from __future__ import annotations

import argparse
import errno
import socket
import sys
from typing import Any

from .errors import ConfigError
from .filters import SEVERITIES
from .records import FINDING_KINDS

__all__ = ["add_serve_parser", "add_filter_arguments", "serve"]

DEFAULT_PORT = 8765


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    """``--kinds``, ``--min-severity`` and ``--hide-attributed``: which findings the outputs show."""
    parser.add_argument(
        "--kinds", metavar="KIND,KIND", help=f"show only these kinds of finding ({', '.join(FINDING_KINDS)})"
    )
    parser.add_argument(
        "--min-severity",
        choices=SEVERITIES,
        help="'substantive' hides minor findings (small quote changes, text set aside)",
    )
    parser.add_argument("--hide-attributed", action="store_true", help="hide added sentences that say who claims them")


def add_serve_parser(commands: Any) -> None:
    """Add the ``serve`` command to the CLI's subcommands."""
    page = commands.add_parser("serve", help="open the paste-and-compare page in your web browser")
    page.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1: only this computer can open the page)",
    )
    page.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port (default {DEFAULT_PORT})")
    page.add_argument("--no-browser", action="store_true", help="do not open a browser window")
    page.set_defaults(handler=_run)


def serve(host: str = "127.0.0.1", port: int = DEFAULT_PORT, *, open_browser: bool = True) -> None:
    """Serve the page until Ctrl+C."""
    from werkzeug.serving import run_simple

    from .web import create_app

    url = f"http://{'localhost' if host in ('127.0.0.1', '::1') else host}:{port}/"
    print(f"framing: the page is at {url} (press Ctrl+C to stop)", file=sys.stderr)
    if open_browser:
        import threading
        import webbrowser

        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    run_simple(host, port, create_app(), threaded=True)


def _run(args: argparse.Namespace) -> int:
    _check_port(args.host, args.port)
    serve(args.host, args.port, open_browser=not args.no_browser)
    return 0


def _check_port(host: str, port: int) -> None:
    """Refuse a port another program holds with one clear line (the server itself would exit with a traceback-like
    message of its own)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            reason = "is already in use" if error.errno == errno.EADDRINUSE else f"cannot be opened ({error.strerror})"
            raise ConfigError(
                f"port {port} on {host} {reason}; give another with --port, e.g. --port {port + 1}."
            ) from error
