"""Who and what a submission is about: the candidate's name and role from subject or résumé file name, and what a
recruiter's mail is beyond its subject (an invitation, nameless résumés, another candidate in a thread) (pure)."""

from __future__ import annotations

from pathlib import PurePath
import re
import unicodedata

from mailer.model import Message, Submission, candidate_key
from mailer.reading.text import PREFIX_RE


# Reply/forward prefixes and the tags mail gateways add ("[EXTERNAL]"), in any order and repeated.
# Also the forward prefixes of clients PREFIX_RE leaves to the reply readers (Dutch "Doorst:", Polish "PD:", Japanese
# "転送:"), a gateway's or a sender's flag before a colon ("EXTERNAL:", "URGENT:") and a Japanese lead in 【】.
_NOISE = re.compile(rf"^\s*(?:{PREFIX_RE.pattern}|\[[^\]]{{1,30}}\]|\(ext(?:ernal)?\)|【[^】]{{1,20}}】|"
                    r"(?:doorst|pd|odp|転送|返信|external|extern|urgent|dringend|wichtig|important|urgente)\s*[:：]\s*)\s*",
                    re.IGNORECASE)
# "cv" as a word of its own where "_" separates words too: "Jane_Doe_CV.pdf", "CV_Jane_Doe.pdf" (\b sees none there).
_CV_HINT = re.compile(r"resume|résumé|(?<![^\W_])cv(?![^\W_])|lebenslauf|curr[ií]cul(?:um|o)|życiorys|简历|履歴書", re.IGNORECASE)
_NOT_A_CV = {"jd", "job", "description", "posting", "stellenbeschreibung", "offer", "contract", "invoice"}
_CV_WORDS = re.compile(
    r"(resume|résumé|cv|lebenslauf|curriculum|vitae|cover|letter|final|updated|new|portfolio|profile|application|"
    r"anschreiben|简历|履歴書|v\d+|\d+|curr[ií]culo|curr[ií]culum|życiorys|bewerbung|bewerbungsunterlagen|"
    r"zeugnisse|lettre|motivation|carta|cover_letter)", re.IGNORECASE)


def candidate_and_role(subject: str, attachments: tuple[str, ...], patterns: tuple[re.Pattern, ...]) -> tuple[str, str]:
    """Best guess at (candidate, role).

    >>> candidate_and_role("Candidate: Jane Doe – Senior Backend Engineer", (), DEFAULT)
    ('Jane Doe', 'Senior Backend Engineer')

    Subject patterns first, then the résumé's file name ("Jane_Doe_Resume.pdf"), then the subject itself. A pattern's
    "name" that is no name ("Interview scheduling", "Great fit" in "Great fit for the platform team") is passed
    over; a role written first ("Backend Engineer – Jane Doe") is turned around.
    """
    clean = strip_noise(subject)
    folded = unicodedata.normalize("NFKC", clean)  # full-width "：（）／" as the patterns write them
    mixed_case = folded != folded.lower() and folded != folded.upper()
    for pattern in patterns:
        match = pattern.match(folded)
        if not match or not (match.group("name") or "").strip():
            continue
        name, role = tidy(match.group("name")), role_text(match.groupdict().get("role") or "")
        # A name written first has only its capitals to show it is one (in a subject all in lower case it has none:
        # "great fit for the platform team"); after a lead word ("Candidate: jane doe") lower case is still a name.
        strict = match.start("name") == 0 and mixed_case
        if match.start("name") == 0 and folded == folded.lower() != folded.upper():
            continue
        if not role and ", " in name:  # "Jane Doe, Backend Engineer"; never "Doe, Jane"
            left, right = name.split(", ", 1)
            if _is_title(right) and not _is_title(left) and looks_like_name(left, strict):
                name, role = left, right
        person = re.split(r"\s+[–—\-|/]\s+", role)[0]  # "Senior Java Developer | Tom Baker | Remote"
        if _is_title(name) and len(person.split()) > 1 and looks_like_name(person, mixed_case) and not _is_title(person):
            name, role, strict = person, name, mixed_case  # "Senior Backend Engineer - Jane Doe"
        if JOB_NOUN.search(name):
            continue  # a job title is no name ("Senior Engineer – Remote"; "Paulo Silva Junior" is one)
        name = _FILE_SUFFIX.sub("", name)  # "Resume - Tom Baker.pdf": a file's name pasted as the subject
        if looks_like_name(name, strict):
            return _HONORIFIC.sub("", name), role
    # A résumé-looking file first: a job description or portfolio attached alongside must not win.
    for filename in sorted(attachments, key=lambda f: not _CV_HINT.search(f)):
        name = name_from_filename(filename)
        if name:
            return name, ""
    return (clean or "(no subject)"), ""


# Words that make a subject's first part something other than a person: mail about a candidate, not one.
_NOT_A_NAME = re.compile(
    r"\b(?:interview|interviews|scheduling|schedule|offer|approval|feedback|update|invitation|invite|meeting|call|"
    r"reminder|question|shortlist|pipeline|candidates|profiles|reference|references|headcount|contract|onboarding|"
    r"follow[- ]?up|fit|team|opening|role|position|job|candidate|kandidat|kandidaten|candidats|candidatos|candidati|"
    r"kandydaci|kandidaten|cv|resume|profile|vorstellungsgespräch|einladung|entretien|entrevista|colloquio|"
    r"sollicitatiegesprek|rozmowa)\b", re.IGNORECASE)
# Words of a job title: the side of "A – B" that holds one is the role.
_TITLE_WORDS = re.compile(
    r"\b(?:engineer|developer|manager|designer|scientist|analyst|lead|architect|director|head|officer|consultant|"
    r"specialist|administrator|intern|recruiter|accountant|owner|sre|devops|qa|pm|cto|cfo|vp|senior|junior|staff|"
    r"principal|backend|frontend|full[- ]?stack|data|product|entwickler(?:in)?|ingenieur(?:in)?|ing[ée]nieure?|"
    r"d[ée]veloppeu(?:r|se)|desarrollador(?:a)?|ingenier[oa]|sviluppatore|programista|ontwikkelaar|analist|"
    r"engenheir[oa]|desenvolvedor(?:a)?|teamleiter(?:in)?|werkstudent(?:in)?)\b", re.IGNORECASE)
# The nouns of a job title that are never a name's word (unlike "Junior", "Head" or "Lead").
JOB_NOUN = re.compile(
    r"\b(?:engineer|developer|manager|designer|scientist|analyst|architect|director|consultant|specialist|"
    r"administrator|recruiter|accountant|entwickler(?:in)?|ingenieur(?:in)?|ing[ée]nieure?|d[ée]veloppeu(?:r|se)|"
    r"desarrollador(?:a)?|ingenier[oa]|sviluppatore|programista|ontwikkelaar|engenheir[oa]|desenvolvedor(?:a)?)\b",
    re.IGNORECASE)
_PARTICLES = {"van", "von", "de", "der", "den", "del", "della", "di", "da", "das", "dos", "do", "du", "la", "le",
              "el", "al", "bin", "ben", "ibn", "zu", "y", "e", "'t", "ter", "ten", "st."}
_FILE_SUFFIX = re.compile(r"\.(?:pdf|docx?|odt|rtf|pages)$", re.IGNORECASE)
_HONORIFIC = re.compile(r"\s*(?:様|さん|氏|殿)$")
# A requisition number around a role: "Java Developer - Req#4567", "(R-01234)", "R-01234 Backend Engineer".
_REQ = re.compile(r"(?:\s*[-–—|]?\s*[(\[]?\s*(?:req(?:uisition)?|job(?:\s*id)?)\s*[#:.\-]?\s*[a-z]{0,3}-?\d[\w-]*\s*[)\]]?"
                  r"|\s*[(\[]\s*[a-z]{1,3}-\d{3,}\s*[)\]])\s*$|^\s*(?:req(?:uisition)?\s*)?[a-z]{0,3}-?\d{3,}\s+",
                  re.IGNORECASE)


def looks_like_name(text: str, capitals: bool) -> bool:
    """A person's name: no word that makes it mail about someone, and its words (particles like "de", "van" aside)
    cased alike: all capitalised (or in a script without capitals), or, unless `capitals` (a name written first in
    a subject in mixed case), all typed in lower case ("jane doe"); never a mix ("Jane Doe for Backend Engineer")."""
    if not text or _NOT_A_NAME.search(text) or len(text.split()) > 6:
        return False
    if capitals and any(c.isdigit() for c in text):
        return False  # written first, "Q1 Planning" is no name; after a lead word, whatever the recruiter typed is
    capitalised = [not w[0].islower() for w in text.split() if w.lower() not in _PARTICLES]
    return all(capitalised) or (not capitals and not any(capitalised))


def _is_title(text: str) -> bool:
    return bool(_TITLE_WORDS.search(text))


def role_text(text: str) -> str:
    return tidy(_REQ.sub("", tidy(text)))


def resume_like(filename: str) -> bool:
    """A file that is a résumé by its name ("CV.pdf", "resume (2).pdf", "Lebenslauf Müller.docx")."""
    return bool(_CV_HINT.search(filename))


def named_in(subject: str, submissions):
    """The open submission whose candidate the subject names, for a subject read as no name ("Interview scheduling –
    Jane Doe", "Offer approval: Jane Doe – …"): mail about that candidate, kept with it rather than recorded as a
    new one. The name must stand alone ("Jane Doe" is not in "Jane Doe-Smith"); two candidates named: neither."""
    clean = strip_noise(subject)
    named = [s for s in submissions if s.candidate and s.candidate != strip_noise(s.subject) and
             re.search(rf"(?<![\w\-]){re.escape(s.candidate)}(?![\w\-])", clean, re.IGNORECASE)]
    return named[0] if len({s.candidate.casefold() for s in named}) == 1 else None


def strip_noise(subject: str) -> str:
    """'RE: FW: [EXTERNAL] Candidate: …' → 'Candidate: …'."""
    clean = subject or ""
    while (stripped := _NOISE.sub("", clean, count=1)) != clean:
        clean = stripped
    return clean.strip()


def name_from_filename(filename: str) -> str:
    """'Jane_Doe_Resume.pdf' → 'Jane Doe'; '' when nothing name-like is left."""
    stem = PurePath(filename).stem
    stem = re.sub(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ][a-zà-ÿ])", " ", stem)  # "JaneDoe" → "Jane Doe"
    parts = [w for w in re.split(r"[\s_.\-]+", stem) if w]
    if any(w.lower() in _NOT_A_CV for w in parts):
        return ""  # a job description or offer attached beside the résumé names no candidate
    words = [w for w in parts if not _CV_WORDS.fullmatch(w)]
    words = [w for w in words if w.isalpha()]
    if len(words) == 1 and not words[0].isascii() and 2 <= len(words[0]) <= 8:
        return words[0]  # a name in a script without spaces between given and family name ("王小明")
    if not 1 < len(words) <= 4:
        return ""
    return " ".join(w if not w.islower() and not w.isupper() else w.capitalize() for w in words)


def tidy(text: str) -> str:
    return " ".join(text.strip(" \t-–—|:").split())


# What a recruiter's mail to a manager is, beyond its subject: another candidate's résumé in a tracked thread (a new
# submission, named by the file), several résumés that name no one (no submission: one under the subject would
# merge them), a calendar invitation (no submission).

def new_candidates(msg: Message, in_thread: tuple[Submission, ...]) -> list[str]:
    """Names of attached résumés that share no word with the thread's candidates ("Doe_Jane_v2.pdf", "J_Doe_CV.pdf"
    are Jane Doe's): a namesake missed is better than one candidate split in two."""
    known = {w for s in in_thread for w in candidate_key(s.candidate).split() if len(w) > 1}
    names = dict.fromkeys(n for n in map(name_from_filename, msg.attachments) if n)
    return [n for n in names if not {w for w in candidate_key(n).split() if len(w) > 1} & known]


def thread_reading(msg: Message, in_thread: tuple[Submission, ...], patterns: tuple[re.Pattern, ...]) -> tuple[str, str] | None:
    """(candidate, role) of a new submission in a tracked thread when its one new résumé names someone its subject
    does not (the thread's subject still names the thread's candidate); None: read the subject as usual."""
    new = new_candidates(msg, in_thread)
    if len(new) != 1:
        return None
    name, _ = candidate_and_role(msg.subject, (), patterns)
    return None if set(candidate_key(name).split()) == set(candidate_key(new[0]).split()) else (new[0], "")


def nameless_resumes(msg: Message, patterns: tuple[re.Pattern, ...]) -> int:
    """How many résumés a mail carries that name no one, when its subject names no one either (0 otherwise)."""
    cvs = [f for f in msg.attachments if resume_like(f)]
    if len(cvs) < 2 or any(name_from_filename(f) for f in cvs):
        return 0
    name, _ = candidate_and_role(msg.subject, (), patterns)
    return len(cvs) if name == strip_noise(msg.subject) else 0


_DOCUMENT = re.compile(r"\.(?:pdf|docx?|odt|rtf|pages)$", re.IGNORECASE)


def calendar_invitation(msg: Message) -> bool:
    """A text/calendar part (iCalendar REQUEST, CANCEL, REPLY) or an attached .ics: what calendar clients send. A
    mail that also carries a résumé or another document is a submission with the candidate's availability attached
    ("Candidate: Tom Baker – …" with Tom_Baker_CV.pdf and availability.ics), not an invitation."""
    if any(resume_like(f) or _DOCUMENT.search(f) for f in msg.attachments):
        return False
    parts = msg.parsed.walk() if msg.parsed is not None else ()
    return any(p.get_content_type() == "text/calendar" for p in parts) or any(
        f.lower().endswith(".ics") for f in msg.attachments)
