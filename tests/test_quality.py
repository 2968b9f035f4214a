"""Answer quality on the evaluation sets stays above its floors (see README for the figures).

The floors sit a little under the measured values so that a regression fails the build.
Every set was written by someone who never saw the method (eval/README.md says which were tuned on).
"""

from pathlib import Path

import pytest

from citeqa.engine import Engine
from citeqa.evaluation import evaluate, load_questions

from .conftest import ROOT

# Each floor sits one question under the figure measured at the end of stop 17 (README,
# Quality); `final`, `sealed`, `vault`, the last three blind sets of stop 16 (`seventyseventh` to
# `seventyninth`) and eight of stop 17 (`eightyfourth` to `eightyseventh`, `ninetysecond` to
# `ninetyfifth`) are held out: only their metrics are ever read.
FLOORS = {
    "dev.jsonl": {
        "answered_right": 0.94,
        "recall_at_5": 0.97,
        "refusal_rate": 0.92,
        "false_refusal_rate": 0.03,
    },
    "holdout.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.96,
        "refusal_rate": 0.91,
        "false_refusal_rate": 0.04,
    },
    "blind.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.97,
        "refusal_rate": 0.93,
        "false_refusal_rate": 0.03,
    },
    "fresh.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "extra.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.94,
        "false_refusal_rate": 0.03,
    },
    "later.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.94,
        "refusal_rate": 0.93,
        "false_refusal_rate": 0.03,
    },
    "probe.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.87,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "names.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.86,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.04,
    },
    "last.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "unseen.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "voices.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.90,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.08,
    },
    "tenth.jsonl": {
        "answered_right": 0.94,
        "recall_at_5": 0.86,
        "refusal_rate": 0.91,
        "false_refusal_rate": 0.03,
    },
    "eleventh.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.87,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.08,
    },
    "twelfth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.85,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.08,
    },
    "thirteenth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.08,
    },
    "fourteenth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.87,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "fifteenth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.95,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "sixteenth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.97,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "seventeenth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "eighteenth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "nineteenth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.90,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "twentieth.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.90,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.03,
    },
    "twentyfirst.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "twentysecond.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "twentythird.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.97,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "twentyfourth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.97,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "twentyfifth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "twentysixth.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "twentyseventh.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "twentyeighth.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "twentyninth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "thirtieth.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "thirtyfirst.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "thirtysecond.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.90,
        "refusal_rate": 0.80,
        "false_refusal_rate": 0.05,
    },
    "thirtythird.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.90,
        "refusal_rate": 0.80,
        "false_refusal_rate": 0.05,
    },
    "thirtyfourth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.92,
        "refusal_rate": 0.75,
        "false_refusal_rate": 0.03,
    },
    "thirtyfifth.jsonl": {
        "answered_right": 0.85,
        "recall_at_5": 0.87,
        "refusal_rate": 0.70,
        "false_refusal_rate": 0.10,
    },
    "thirtysixth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.90,
        "refusal_rate": 0.60,
        "false_refusal_rate": 0.03,
    },
    "thirtyseventh.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.05,
    },
    "thirtyeighth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "thirtyninth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "fortieth.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "fortyfirst.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.90,
        "refusal_rate": 0.75,
        "false_refusal_rate": 0.03,
    },
    "fortysecond.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.90,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.05,
    },
    "fortythird.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.85,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.08,
    },
    "fortyfourth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "fortyfifth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.87,
        "refusal_rate": 0.80,
        "false_refusal_rate": 0.05,
    },
    "fortysixth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.90,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.08,
    },
    "fortyseventh.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.87,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.03,
    },
    "fortyeighth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "fortyninth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.90,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.03,
    },
    "fiftieth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.87,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.05,
    },
    "fiftyfirst.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.87,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.03,
    },
    "fiftysecond.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.95,
        "refusal_rate": 0.80,
        "false_refusal_rate": 0.03,
    },
    "fiftythird.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "fiftyfourth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "fiftyfifth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "fiftysixth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.97,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "fiftyseventh.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "fiftyeighth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.97,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "fiftyninth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "sixtieth.jsonl": {
        "answered_right": 0.85,
        "recall_at_5": 0.90,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "sixtyfirst.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.95,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "sixtysecond.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "sixtythird.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.87,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "sixtyfourth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.95,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.03,
    },
    "sixtyfifth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.95,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "sixtysixth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "sixtyseventh.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.97,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "sixtyeighth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "sixtyninth.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.95,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.08,
    },
    "seventieth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.95,
        "refusal_rate": 0.80,
        "false_refusal_rate": 0.03,
    },
    "seventyfirst.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "seventysecond.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "seventythird.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "seventyfourth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.97,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "seventyfifth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.90,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "seventysixth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "seventyseventh.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.90,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.08,
    },
    "seventyeighth.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "seventyninth.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.90,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.10,
    },
    "eightieth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.03,
    },
    "eightyeighth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.08,
    },
    "eightyfifth.jsonl": {
        "answered_right": 0.82,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.18,
    },
    "eightyfirst.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "eightyfourth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.08,
    },
    "eightyninth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "eightysecond.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "eightyseventh.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.97,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "eightysixth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "eightythird.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "hundredfirst.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.95,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "hundredsecond.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.08,
    },
    "hundredth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.87,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "hundredthird.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "ninetieth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "ninetyeighth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.90,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "ninetyfifth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.03,
    },
    "ninetyfirst.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.92,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.05,
    },
    "ninetyfourth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "ninetyninth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "ninetysecond.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.85,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.03,
    },
    "ninetyseventh.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.90,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "ninetysixth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "ninetythird.jsonl": {
        "answered_right": 0.82,
        "recall_at_5": 0.90,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.15,
    },
    "hundredeighteenth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "hundredeighth.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.10,
    },
    "hundredeleventh.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.10,
    },
    "hundredfifteenth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "hundredfifth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "hundredfourteenth.jsonl": {
        "answered_right": 0.82,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.13,
    },
    "hundredfourth.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
    "hundrednineteenth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "hundredninth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.92,
        "refusal_rate": 0.80,
        "false_refusal_rate": 0.03,
    },
    "hundredseventeenth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.95,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.08,
    },
    "hundredseventh.jsonl": {
        "answered_right": 0.85,
        "recall_at_5": 0.90,
        "refusal_rate": 0.85,
        "false_refusal_rate": 0.10,
    },
    "hundredsixteenth.jsonl": {
        "answered_right": 0.92,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "hundredsixth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.05,
    },
    "hundredtenth.jsonl": {
        "answered_right": 0.87,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.10,
    },
    "hundredthirteenth.jsonl": {
        "answered_right": 0.90,
        "recall_at_5": 0.95,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.10,
    },
    "hundredtwelfth.jsonl": {
        "answered_right": 0.95,
        "recall_at_5": 0.95,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.05,
    },
    "final.jsonl": {
        "answered_right": 0.94,
        "recall_at_5": 0.94,
        "refusal_rate": 0.81,
        "false_refusal_rate": 0.03,
    },
    "sealed.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.95,
        "false_refusal_rate": 0.03,
    },
    "vault.jsonl": {
        "answered_right": 0.97,
        "recall_at_5": 0.92,
        "refusal_rate": 0.90,
        "false_refusal_rate": 0.03,
    },
}


def test_eval_sets_are_well_formed() -> None:
    text = (ROOT / "seeds" / "japan-golden-dome.txt").read_text(encoding="utf-8")
    for name in FLOORS:
        questions = load_questions(ROOT / "eval" / name)
        assert len(questions) >= 40
        assert sum(not q.answerable for q in questions) >= 10
        for question in questions:
            for gold in question.gold:
                assert gold in text, question.id
            assert question.fact is None or any(question.fact in g for g in question.gold)


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_quality_stays_above_its_floors(seeded_engine: Engine, name: str) -> None:
    metrics = evaluate(seeded_engine, load_questions(Path(ROOT / "eval" / name))).metrics()
    floors = FLOORS[name]
    assert metrics["answered_right"] >= floors["answered_right"], metrics
    assert metrics["recall_at_5"] >= floors["recall_at_5"], metrics
    assert metrics["refusal_rate"] >= floors["refusal_rate"], metrics
    assert metrics["false_refusal_rate"] <= floors["false_refusal_rate"], metrics
    assert metrics["mean_chars_cited"] <= 400, metrics
