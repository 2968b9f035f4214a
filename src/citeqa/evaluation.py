"""Answer-quality metrics over a question set with gold sentences (eval/*.jsonl)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from statistics import mean

from citeqa.engine import Engine
from citeqa.schemas import Answer, Citation


@dataclass(frozen=True)
class EvalQuestion:
    id: str
    question: str
    gold: list[str]
    fact: str | None
    kind: str

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


@dataclass(frozen=True)
class EvalOutcome:
    question: EvalQuestion
    answer: Answer
    fact_found: bool
    citation_correct: bool
    gold_rank: int | None  # 1-based rank of the first gold passage, or None

    @property
    def correct(self) -> bool:
        if not self.question.answerable:
            return not self.answer.answerable
        return self.fact_found and self.citation_correct


@dataclass(frozen=True)
class EvalReport:
    outcomes: list[EvalOutcome]

    def metrics(self) -> dict[str, float]:
        answerable = [o for o in self.outcomes if o.question.answerable]
        unanswerable = [o for o in self.outcomes if not o.question.answerable]
        answered = [o for o in self.outcomes if o.answer.answerable]
        ranks = [o.gold_rank for o in answerable]
        return {
            "questions": float(len(self.outcomes)),
            "answer_accuracy": _share(answerable, lambda o: o.fact_found),
            "citation_accuracy": _share(answerable, lambda o: o.citation_correct),
            "answered_right": _share(answerable, lambda o: o.correct),
            "recall_at_1": _share(ranks, lambda r: r is not None and r <= 1),
            "recall_at_5": _share(ranks, lambda r: r is not None and r <= 5),
            "mrr": mean(1.0 / r if r else 0.0 for r in ranks) if ranks else 0.0,
            "refusal_rate": _share(unanswerable, lambda o: not o.answer.answerable),
            "false_refusal_rate": _share(answerable, lambda o: not o.answer.answerable),
            "mean_chars_cited": mean(sum(len(c.text) for c in o.answer.citations) for o in answered)
            if answered
            else 0.0,
        }


def _share(items, predicate) -> float:
    items = list(items)
    return sum(1 for item in items if predicate(item)) / len(items) if items else 0.0


def load_questions(path: Path) -> list[EvalQuestion]:
    questions = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            questions.append(
                EvalQuestion(
                    raw["id"], raw["question"], raw.get("gold") or [], raw.get("fact"), raw.get("kind", "")
                )
            )
    return questions


def is_gold(citation: Citation, gold: list[str]) -> bool:
    """A citation is right when it is one of the gold sentences (or lies within one)."""
    return any(citation.text.strip() and citation.text in sentence for sentence in gold)


def evaluate(engine: Engine, questions: list[EvalQuestion]) -> EvalReport:
    outcomes = []
    for question in questions:
        answer = engine.ask(question.question)
        fact_found = bool(
            answer.answerable and question.fact and question.fact.lower() in answer.answer.lower()
        )
        citation_correct = answer.answerable and any(is_gold(c, question.gold) for c in answer.citations)
        gold_rank = next((p.id for p in answer.passages if question.gold and is_gold(p, question.gold)), None)
        outcomes.append(EvalOutcome(question, answer, fact_found, citation_correct, gold_rank))
    return EvalReport(outcomes)
