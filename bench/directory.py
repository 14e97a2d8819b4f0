#!/usr/bin/env python3
"""Per-message cost with a province's directory and with a national one (issue 12, item 3).

    .venv/bin/python bench/directory.py                       # 100 and 10,000 units
    .venv/bin/python bench/directory.py --large 3321 --messages 100

Generates communes with Vietnamese names (diacritics in the name, aliases without them,
"Xã ...", "UBND xã ..."; one address each), builds the reading context (`Context.build`,
what the daemon does at start) over the first `--small` of them and over all `--large`,
each in its own process so that memory is measured alone, then times `pipeline.analyse`
of the same typical messages (body-only weekly reports from units among the first
`--small`, naming their commune in the subject, the text and the signature) against
each.  The last line is

    directory: small_ms=… large_ms=… ratio=…

with the per-message milliseconds (the best of `--repeat` passes over the messages).
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from intake import forms
from intake.config import PeriodRules
from intake.context import SHIPPED, Context
from intake.directory import Directory
from intake.lexicon import unit_matcher
from intake.models import Unit
from intake.pipeline import analyse
from intake.text import fold

ICT = timezone(timedelta(hours=7))
OFFICE = "vanhoa.tamduong@laichau.gov.vn"

# Syllables of commune names across the country, as written (with their marks).
SYLLABLES = """
An Bình Bản Bắc Cẩm Chiềng Đông Đức Giang Hà Hải Hòa Hồng Hưng Hương Khánh Lâm Lộc Long
Minh Mường Mỹ Nà Nam Nghĩa Ngọc Nhân Phong Phú Phúc Phước Quang Quảng Sơn Tả Tam Tân
Tây Thạch Thái Thanh Thành Thịnh Thuận Thủy Tiến Trung Trường Tú Văn Việt Vĩnh Xuân
Yên Lũng Sìn Hồ Pa Pá Tủa Nậm Hua Khun Lìn Chu Giàng Thèn Lèng Sáng Mù Púng Ma Lao
Chải Cang Phìn Ngán Nùng Nàng Bo Tăm Hạ Thượng Cao Kim Lợi Đồng Tiên Mai Hiệp Định
""".split()
KINDS = (
    [("Xã", "Xa", "xã", "xa")] * 8
    + [("Phường", "Phuong", "phường", "phuong")]
    + [("Thị trấn", "Thi tran", "thị trấn", "thi tran")]
)


def communes(count: int, seed: int = 12) -> list[Unit]:
    """`count` units with different names (also without marks), each with the aliases
    staff write and one address; the first ones are the same whatever `count`."""
    rng = random.Random(seed)
    units: list[Unit] = []
    seen: set[str] = set()
    while len(units) < count:
        words = rng.sample(SYLLABLES, 3 if rng.random() < 0.15 else 2)
        short = " ".join(words)
        plain = fold(short).title()
        if plain in seen:
            continue
        seen.add(plain)
        kind, kind_plain, lower, lower_plain = rng.choice(KINDS)
        n = len(units)
        aliases = (
            short, plain, f"{kind} {short}", f"{kind_plain} {plain}",
            f"UBND {lower} {short}", f"UBND {lower_plain} {plain}",
        )  # fmt: skip
        email = f"vhxh.{plain.replace(' ', '').lower()}{n}@tinh.gov.vn"
        units.append(Unit(f"u{n:05d}", f"{kind} {short}", f"{n:05d}", aliases, (email,)))
    return units


def message(unit: Unit, rng: random.Random, when: datetime) -> bytes:
    """A weekly report as commune staff write it, body only."""
    short = unit.aliases[0]
    subject = rng.choice(
        [
            f"Báo cáo kết quả tuyên truyền tuần - {short}",
            f"bao cao tuan {unit.aliases[1]}",
            "V/v báo cáo kết quả tuyên truyền tuần",
        ]
    )
    body = (
        "Kính gửi: Phòng Văn hóa và Thông tin\n\n"
        f"{unit.name} báo cáo kết quả tuyên truyền tuần như sau:\n"
        f"Số tin, bài: {rng.randint(2, 30)}\n"
        f"Thời lượng: {rng.choice([15, 30, 45, 60])} phút\n"
        f"Số lượt phát sóng: {rng.randint(6, 90)}\n"
        f"Ước số người nghe: {rng.randint(5, 500) * 100}\n\n"
        "Trân trọng!\n--\n"
        f"Công chức Văn hóa - Xã hội\nUBND {unit.name}\nĐT: 0912 {rng.randint(100000, 999999)}\n"
    )
    m = EmailMessage()
    m["From"] = f"{unit.name} <{unit.emails[0]}>"
    m["To"] = OFFICE
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{unit.id}.{when:%Y%m%d%H%M}@tinh.gov.vn>"
    m.set_content(body)
    return m.as_bytes()


def measure(count: int, senders: int, messages: int, repeat: int) -> dict[str, float]:
    """Build the context over `count` units and time `analyse` per message."""
    units = communes(count)
    form_list = forms.load_all(SHIPPED / "forms")
    rng = random.Random(3)
    week_end = datetime(2026, 11, 26, 10, tzinfo=ICT)
    mail = [
        (message(u, rng, week_end - timedelta(hours=i % 50)), u.id)
        for i, u in enumerate(rng.choices(units[:senders], k=messages))
    ]
    before = _peak_mib()
    started = time.perf_counter()
    context = Context.build(Directory(tuple(units)), form_list, PeriodRules())
    context.unit_words  # noqa: B018  (built at the first message otherwise)
    build_s = time.perf_counter() - started
    peak_mib = _peak_mib() - before
    started = time.perf_counter()
    unit_matcher(units)
    matcher_s = time.perf_counter() - started
    arrived = week_end + timedelta(hours=1)
    right = sum(
        1
        for data, unit in mail
        if [r.unit for r in analyse(data, context, arrived).reports] == [unit]
    )
    best = min(_pass(mail, context, arrived) for _ in range(repeat))
    return {
        "units": count,
        "build_s": build_s,
        "matcher_s": matcher_s,
        "build_peak_mib": peak_mib,
        "ms": best * 1000 / len(mail),
        "identified": right,
        "messages": len(mail),
    }


def _pass(mail: list[tuple[bytes, str]], context: Context, arrived: datetime) -> float:
    started = time.perf_counter()
    for data, _ in mail:
        analyse(data, context, arrived)
    return time.perf_counter() - started


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child: one size
    args = parser.parse_args()
    if args.one:
        result = measure(args.one, args.small, args.messages, args.repeat)
        print(json.dumps(result))
        return
    results = []
    for count in (args.small, args.large):
        child = [sys.executable, str(Path(__file__).resolve()), "--one", str(count)]
        child += ["--small", str(args.small), "--messages", str(args.messages)]
        child += ["--repeat", str(args.repeat)]
        out = subprocess.run(child, check=True, capture_output=True, text=True).stdout
        r = json.loads(out.splitlines()[-1])
        results.append(r)
        print(
            f"{r['units']} units: context built in {r['build_s']:.2f} s"
            f" (unit matcher {r['matcher_s']:.2f} s), +{r['build_peak_mib']:.0f} MiB peak;"
            f" {r['ms']:.2f} ms a message; {r['identified']}/{r['messages']} identified"
        )
    small, large = results
    print(
        f"directory: small_ms={small['ms']:.2f} large_ms={large['ms']:.2f}"
        f" ratio={large['ms'] / small['ms']:.2f}"
    )


if __name__ == "__main__":
    main()
