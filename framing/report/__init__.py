"""The report layer: tables, JSON, CSV, charts and the PDF. Only this layer writes files."""

from .tables import findings_csv, ranking_table
from .write import write_reports

__all__ = ["findings_csv", "ranking_table", "write_reports"]
