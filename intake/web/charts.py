"""A unit's trend of one field over its periods, drawn as SVG on the server (no script)."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from intake.render.words import vn_number

WIDTH, HEIGHT = 560, 160
LEFT, RIGHT, TOP, BOTTOM = 52, 12, 14, 34


def trend(title: str, points: Sequence[tuple[str, float | None]]) -> str:
    """An SVG line chart of `points` (period name, value or None), the oldest first;
    a period without an accepted figure is a gap in the line."""
    values = [v for _, v in points if v is not None]
    top = max(values, default=0.0) or 1.0
    step = (WIDTH - LEFT - RIGHT) / max(1, len(points) - 1)

    def x(i: int) -> float:
        return LEFT + i * step

    def y(v: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - v / top)

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="trend" viewBox="0 0 {WIDTH} {HEIGHT}"'
        f' role="img" aria-label="{escape(title)}">',
        f"<title>{escape(title)}</title>",
        f'<line x1="{LEFT}" y1="{y(0):.1f}" x2="{WIDTH - RIGHT}" y2="{y(0):.1f}" class="axis"/>',
        f'<text x="{LEFT - 6}" y="{y(top) + 4:.1f}" text-anchor="end">{vn_number(top)}</text>',
        f'<text x="{LEFT - 6}" y="{y(0) + 4:.1f}" text-anchor="end">0</text>',
    ]
    run: list[str] = []
    for i, (name, value) in enumerate(points):
        if value is None:
            parts.append(_line(run))
            run = []
        else:
            run.append(f"{x(i):.1f},{y(value):.1f}")
            parts.append(
                f'<circle cx="{x(i):.1f}" cy="{y(value):.1f}" r="3">'
                f"<title>{escape(name)}: {vn_number(value)}</title></circle>"
            )
        if i % max(1, len(points) // 6) == 0 or i == len(points) - 1:
            parts.append(
                f'<text x="{x(i):.1f}" y="{HEIGHT - 12}" text-anchor="middle">{escape(name)}</text>'
            )
    parts.append(_line(run))
    parts.append("</svg>")
    return "".join(p for p in parts if p)


def _line(points: list[str]) -> str:
    if len(points) < 2:
        return ""
    return f'<polyline points="{" ".join(points)}" class="series"/>'
