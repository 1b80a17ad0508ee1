"""The default subject patterns for a submission's candidate and role (config key candidate_patterns), tried in order.

Written as data so ops can read what mailer knows and copy a line into config.yaml to change it. Each is compiled
with re.IGNORECASE and matched against the subject with its Re:/Fwd:/[EXTERNAL] tags taken off and full-width forms
folded (NFKC: "候補者：山田花子（…）" reads as "候補者:山田花子(…)"). reading/candidate.py then refuses a "name" that
is not one (lower-case words in a mixed-case subject, "Interview scheduling") and turns a role written first around.
"""

from __future__ import annotations

# The word a recruiter puts before the name, in the languages recruiters write: "Candidate:", "Kandidatin:",
# "Candidat :", "Candidata –", "Kandydat:", "候補者:", and the other ways to say it ("Referral:", "Profile:",
# "Submittal -", "New candidate:", "Neue Bewerbung:", "For your review:").
_LEAD = (r"(?:(?:new|strong|top)\s+)?(?:"
         r"candidate(?:\s+(?:submission|profile|for\s+(?:your\s+)?review))?|candidat[ea]?|candidato|candidature|"
         r"kandidat(?:in)?|kandidatenvorschlag|kandidaat|kandydat(?:ka)?|bewerber(?:in)?|(?:neue\s+)?bewerbung|"
         r"候補者|submission|submittal|r[ée]sum[ée]|resume|cv|lebenslauf|curr[ií]cul(?:um|o)(?:\s+vitae)?|"
         r"profile?|profiel|profilo|perfil|referral|empfehlung|recomendaci[oó]n|cooptation|indicação|"
         r"new\s+application|(?:for\s+your\s+)?review(?:\s+candidate)?|new\s+candidate\s+for\s+review)")
# A name where nothing but the name can stand: letter-led words (particles, initials, hyphens, apostrophes inside),
# one to five of them, or a name in a script without capitals (two to eight characters, one space at most).
_NAME = r"(?:[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){0,4})"
_NAME2 = r"(?:[^\W\d_][\w'’.\-]*(?:\s+[^\W\d_][\w'’.\-]*){1,4})"  # a name of two words or more
_WORD = r"[^\W\d_][\w'’.\-]*"
_CJK = r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]"
_CJK_NAME = rf"(?:{_CJK}{{1,6}}(?:\s?{_CJK}{{1,6}})?)"
_SEP = r"\s+[–—\-|/]\s+"
# The name part of "Lead: name (role)" may not hold a dash or bar between spaces: "Jane Doe – Engineer (Platform)"
# is name – role (remark), not a name "Jane Doe – Engineer" and a role "Platform".
_PLAIN = r"(?:(?!\s[–—\-|/]\s)[^()])+?"
_FOR = r"(?:for|für|pour(?:\s+le\s+poste\s+(?:de|d['’]))?|para|per|voor|dla)"

DEFAULT_CANDIDATE_PATTERNS = (
    # "Candidate for Senior Engineer: Li Wei", "Kandidat für Backend-Entwickler: Max Müller"
    rf"^{_LEAD}\s+{_FOR}\s+(?!(?:your\s+)?review\b)(?:the\s+)?(?P<role>[^:]+?)\s*:\s*(?P<name>.+)$",
    # "Candidate: Jane Doe (Senior Engineer)"
    rf"^{_LEAD}\s*[:\-–—]\s*(?P<name>{_PLAIN})\s*\((?P<role>[^()]+)\)$",
    # "Referral: Wei Chen for Staff Engineer", "Candidate Submission: Jane Doe for Backend Engineer (Req 1234)"
    rf"^{_LEAD}\s*[:\-–—]\s*(?P<name>{_NAME})\s+{_FOR}\s+(?:the\s+)?(?P<role>.+?)(?:\s+(?:role|position))?$",
    # "Intro: Jane Doe <> Maria", "Intro: Nate <> Kwame Mensah": the whole name beside the manager's first name
    rf"^intro(?:duction|ducing)?\s*:\s*(?P<name>{_NAME2})\s*(?:<>|<->|↔|\sx\s)\s*{_WORD}$",
    rf"^intro(?:duction|ducing)?\s*:\s*{_WORD}\s*(?:<>|<->|↔|\sx\s)\s*(?P<name>{_NAME2})$",
    # "Candidate: Jane Doe – Senior Backend Engineer", "Submission: …", "Résumé: Jane Doe", "Candidat : …"
    rf"^{_LEAD}\s*[:\-–—]\s*(?P<name>.+?)(?:{_SEP}(?P<role>.+))?$",
    # "Backend Engineer candidate: Jane Doe" (after the leads: "New candidate:" is one)
    r"^(?P<role>[^:]+?)\s+(?:candidate|kandidat(?:in)?|candidat[ea]?|candidato)\s*:\s*(?P<name>.+)$",
    # "CV Jane Doe – Backend Engineer", "Resume for Jane Doe", "CV de Lucía Fernández – …", "Lebenslauf Max Müller"
    rf"^(?:cv|r[ée]sum[ée]|resume|lebenslauf|curr[ií]cul(?:um|o))(?:\s+(?:for|of|de|di|von|van|do|da))?\s+"
    rf"(?P<name>{_NAME2})(?:{_SEP}(?P<role>.+))?$",  # two words at least: "CV Attached" names no one
    # "Jane Doe’s CV", "Wei Chen's resume – Staff Engineer"
    rf"^(?P<name>{_NAME})['’]s?\s+(?:cv|r[ée]sum[ée]|resume|profile)(?:{_SEP}(?P<role>.+))?$",
    # ATS and job-board shapes: "Please review Jane Doe for Backend Engineer", "Feedback requested: Jane Doe for …",
    # "Rita Recruiter shared Jane Doe with you", "Jane Doe has been shared with you", "Jane Doe applied for …",
    # "Candidate Jane Doe submitted for R-01234 …", "New application: Backend Engineer from Jane Doe",
    # "Bewerbung von Max Müller für …", "Max Müller hat sich auf … beworben"
    rf"^(?:please\s+review|feedback\s+requested\s*:)\s+(?:candidate\s*:?\s*)?(?P<name>{_NAME})\s+for\s+(?:the\s+)?"
    r"(?P<role>.+)$",
    r"^.+?\s+shared\s+a\s+candidate(?:\s+profile)?\s+with\s+you\s*:\s*(?P<name>.+)$",
    rf"^.+?\s+shared\s+(?P<name>{_NAME})\s+with\s+you$",
    rf"^(?P<name>{_NAME})\s+(?:has\s+been|was)\s+shared\s+with\s+you$",
    rf"^(?P<name>{_NAME})\s+(?:has\s+)?applied\s+(?:for|to)\s+(?:the\s+)?(?P<role>.+?)(?:\s+(?:role|position|job))?$",
    rf"^candidate\s+(?P<name>{_NAME})\s+(?:has\s+been\s+|was\s+)?submitted\s+(?:for|to)\s+(?P<role>.+)$",
    rf"^new\s+application\s*:\s*(?P<role>.+?)\s+from\s+(?P<name>{_NAME})$",
    rf"^(?:neue\s+)?bewerbung\s+von\s+(?P<name>{_NAME})\s+(?:für|als|auf)\s+(?:die\s+stelle\s+)?(?P<role>.+)$",
    rf"^(?P<name>{_NAME})\s+hat\s+sich\s+(?:auf|als|für)\s+(?:die\s+stelle\s+)?(?P<role>.+?)\s+beworben$",
    # "Jane Doe - Senior Backend Engineer", "Jane Doe | Role", "王小明 – 高级工程师", "田中太郎様/バックエンドエンジニア"
    rf"^(?P<name>{_NAME}|{_CJK_NAME}(?:\s*(?:様|さん|氏|殿))?){_SEP}(?P<role>.+)$",
    rf"^(?P<name>{_CJK_NAME}(?:\s*(?:様|さん|氏|殿))?)\s*[/|–—\-]\s*(?P<role>.+)$",
    # "Ann Lee (Staff Engineer)", "山田花子(データサイエンティスト)"
    rf"^(?P<name>{_NAME}|{_CJK_NAME})\s*\((?P<role>[^()]+)\)$",
    # "Jane Doe for the Backend Engineer role" (last; two words at least, and "Great fit for the platform team" or
    # "Thanks for Yesterday" is refused as a name)
    rf"^(?P<name>{_NAME2})\s+{_FOR}\s+(?:the\s+)?(?P<role>.+?)(?:\s+(?:role|position|opening))?$",
)
