"""TIMEX3 values for grammar matches, one module per class of expression; `normalise.py` dispatches."""
