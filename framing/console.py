"""What the command line prints: never a traceback on a console that is not UTF-8, never a forged line.

* :func:`one_line` escapes control characters (a newline in a file name among them),
  so an error or a warning is one line whatever the names it quotes.
* :func:`console_safe` makes standard output write what its encoding cannot hold as
  escapes instead of failing: ``\\u0627`` in JSON (the same text to a JSON reader),
  ``\\u0627`` or ``\\U0001f600`` elsewhere.
"""

from __future__ import annotations

import codecs
import io
import logging
import sys
import unicodedata

__all__ = ["one_line", "OneLineFormatter", "console_safe", "JSON_ESCAPE"]

#: The codec error handler that writes a character the encoding lacks as JSON's ``\\uXXXX`` escapes.
JSON_ESCAPE = "framing.json-escape"
_ESCAPED = frozenset({"Cc", "Zl", "Zp", "Cs"})  # controls, line and paragraph separators, lone surrogates
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")  # could reorder what is shown


def one_line(text: str) -> str:
    """``text`` with every control character written as an escape (``\\n``, ``\\x1b``), so it stays one line."""
    if text.isprintable():
        return text
    return "".join(repr(c)[1:-1] if unicodedata.category(c) in _ESCAPED or c in _BIDI else c for c in text)


class OneLineFormatter(logging.Formatter):
    """A log formatter whose messages are one line each (see :func:`one_line`)."""

    def format(self, record: logging.LogRecord) -> str:
        return one_line(super().format(record))


def _json_escape(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    units = error.object[error.start : error.end].encode("utf-16-be", "surrogatepass")
    escaped = "".join(f"\\u{int.from_bytes(units[i : i + 2], 'big'):04x}" for i in range(0, len(units), 2))
    return escaped, error.end


codecs.register_error(JSON_ESCAPE, _json_escape)


def console_safe(*, json_output: bool = False) -> None:
    """Let standard output write any text, whatever its encoding (ASCII, Windows-1252 …)."""
    stream = sys.stdout
    if not isinstance(stream, io.TextIOWrapper):
        return
    try:
        codecs.lookup(stream.encoding)
        stream.reconfigure(errors=JSON_ESCAPE if json_output else "backslashreplace")
    except (LookupError, ValueError, io.UnsupportedOperation):  # a stream that cannot change: leave it
        pass
