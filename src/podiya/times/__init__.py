"""Time expressions: a grammar of uk/ru/en date expressions (data + regexes) and a resolver.

`find_times(text, date, lang)` gives schema.TimeExpr values; `TimeStage` is the pipeline stage
("times"); `governing_time(doc, start, end)` tells the events layer which time dates a clause.
"""
from .stage import TimeStage, find_times, governing_time

__all__ = ["TimeStage", "find_times", "governing_time"]
