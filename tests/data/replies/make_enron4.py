"""How quagga_enron4/ was made (run by hand once, never by the tests): a fourth draw of real Enron replies from
QuaggaLib's enron_small/, the way quagga_enron3/ was drawn, redacted and split by the hash rule.

  python tests/data/replies/make_enron4.py QUAGGA_GIT_DIR LABELS.json

QUAGGA_GIT_DIR is a git directory of HPI-Information-Systems/QuaggaLib at commit 507172de; LABELS.json maps each kept
file's name (without .txt) to the reply text labelled by hand from the file before mailer was run on it.
Run again now, it draws differently: the dedupe against tests/data then finds quagga_enron4/ itself (the script is
the record of how the batch was made, not a test input).
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1]
FOLDER = "quagga_enron4"
SEED = 13
CAPS = (5, 7)  # at most five per custodian, then seven in the same shuffled order (the second batch took 4, then 6)
# the drawn files read and left out: private matters and a bare forward (the README says which is which)
LEFT_OUT = {
    "kaminski-v_sent_2250", "beck-s_sent_items_478", "beck-s_sent_items_318", "kean-s_sent_items_452",
    "shackleton-s_nelson_61", "mann-k_sent_1633", "dasovich-j_all_documents_9430", "dasovich-j_notes_inbox_637",
}
# the 22 files quagga_enron3's draw read and left out for the same reasons: not drawn again
LEFT_OUT_BY_BATCH_THREE = {
    "bass-e_all_documents_515", "bass-e_discussion_threads_1078", "beck-s__sent_mail_686", "davis-d__sent_mail_36",
    "germany-c_all_documents_2779", "jones-t_all_documents_11927", "jones-t_notes_inbox_4272", "kaminski-v_sent_1142",
    "mims-thurston-p_deleted_items_178", "nemec-g_notes_inbox_1186", "parks-j_deleted_items_555",
    "parks-j_deleted_items_624", "rogers-b__sent_mail_523", "rogers-b_discussion_threads_1767",
    "scott-s__sent_mail_678", "scott-s_deleted_items_92", "scott-s_notes_inbox_358", "shackleton-s_all_documents_900",
    "shackleton-s_deleted_items_332", "skilling-j_inbox_71", "symes-k_all_documents_1901", "symes-k_sent_928",
}
MARKER = re.compile(r"(-----\s*Original Message|-{5,}\s*Forwarded by|^>|^\s*(From|To):\s|wrote:\s*$|>>>"
                    r"|on \d\d/\d\d/\d{4} \d\d:\d\d)", re.I | re.M)
ENRON = re.compile(r"(^|\.)enron\.(com|net)$|^enron", re.I)


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def known_to_tests_data():
    """Message-IDs and normalised texts of every file under tests/data, so nothing already here is drawn."""
    ids, texts = set(), []
    for root, _, files in os.walk(DATA):
        for name in files:
            text = (Path(root) / name).read_bytes().decode("utf-8", "replace")
            ids.update(m.lower() for m in re.findall(r"(?im)^message-id:\s*(<[^>]+>)", text))
            texts.append(normalised(text))
    return ids, set(texts), "\n".join(texts)


def candidates(git_dir: str) -> list[str]:
    def git(*args):
        return subprocess.run(["git", "-C", git_dir, *args], capture_output=True, check=True).stdout
    names = [n for n in git("ls-tree", "-r", "--name-only", "HEAD", "Tests/testData/enron_small").decode().split("\n")
             if n.endswith(".txt")]
    ids, texts, everything = known_to_tests_data()
    found = []
    for name in names:
        if Path(name).stem in LEFT_OUT_BY_BATCH_THREE:
            continue
        raw = git("show", "HEAD:" + name).decode("utf-8", "replace").replace("\r\n", "\n")
        head, _, body = raw.partition("\n\n")
        mid = re.search(r"(?im)^message-id:\s*(<[^>]+>)", head)
        if (mid and mid.group(1).lower() in ids) or normalised(raw) in texts:
            continue
        if normalised(body)[:200] and normalised(body)[:200] in everything:
            continue
        marker = MARKER.search(body)
        if len(body.split("\n")) > 120 or not marker:
            continue
        own = [line for line in body[:marker.start()].split("\n") if line.strip()]
        if 1 <= len(own) <= 25:
            found.append(name)
    return found


def drawn(names: list[str]) -> list[str]:
    random.Random(SEED).shuffle(names)
    per_custodian, out = collections.Counter(), []
    for cap in CAPS:
        for name in names:
            custodian = Path(name).name.split("_")[0]
            if name in out or per_custodian[custodian] >= cap:
                continue
            per_custodian[custodian] += 1
            out.append(name)
    return out


def redacted(text: str) -> str:
    """Non-Enron addresses' local parts become name.removed, as in the earlier batches."""
    def local_part_removed(match):
        return match.group(0) if ENRON.search(match.group(2)) else "name.removed@" + match.group(2)
    return re.sub(r"(?<![\w.+=-])([A-Za-z0-9][\w.%+-]*)@((?:[\w-]+\.)+[A-Za-z]{2,})", local_part_removed, text)


def held_out(name: str) -> bool:
    return hashlib.sha256(f"{FOLDER}/{name}.txt".encode()).digest()[0] % 2 == 0


def main(git_dir: str, labels_path: str) -> None:
    labels = json.loads(Path(labels_path).read_text())
    halves = {True: DATA / "heldout" / "replies", False: DATA / "replies"}
    expected = {half: json.loads((folder / "expected.json").read_text()) for half, folder in halves.items()}
    for name in drawn(candidates(git_dir)):
        stem = Path(name).stem
        if stem in LEFT_OUT:
            continue
        raw = subprocess.run(["git", "-C", git_dir, "show", "HEAD:" + name], capture_output=True, check=True).stdout
        half = held_out(stem)
        target = halves[half] / FOLDER / f"{stem}.eml"
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(redacted(raw.decode("utf-8")).encode("utf-8"))
        expected[half][f"{FOLDER}/{stem}.eml"] = {"source": FOLDER, "language": "en", "reply_text": labels[stem]}
    for half, folder in halves.items():
        (folder / "expected.json").write_text(json.dumps(expected[half], indent=1, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
