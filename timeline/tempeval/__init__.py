"""TempEval-3 evaluation of temporal taggers on TimeML gold (TimeBank, AQUAINT and alike)."""

from timeline.tempeval.reader import GoldDocument, read_folder, read_timeml
from timeline.tempeval.report import EvalReport, evaluate, evaluate_documents, format_report
from timeline.tempeval.scorer import Counts, align

__all__ = ["Counts", "EvalReport", "GoldDocument", "align", "evaluate", "evaluate_documents", "format_report",
           "read_folder", "read_timeml"]
