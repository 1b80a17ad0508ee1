"""A blind sweep of how recruiters really submit candidates: whole mails (subjects in en/de/fr/es/nl/it/pt/pl/ja,
ATS-made submissions with the résumé as a link, résumé file names, several candidates in one mail, one candidate to
several managers, a resend, the recruiter's follow-up and thank-you in the thread, forwards) and hard negatives
(newsletters, calendar invites, a recruiter writing to mailer, a candidate writing, a manager forwarding).

Written for this project by a session that had read only the README's "How people use it" and "Commands" sections,
every expectation before mailer read the mail; nothing is copied from a corpus or the held-out data. Data only (and
the one reading both users share): tests/unit/test_submission_sweep.py fails on any wrong reading not on its KNOWN
list, `python bench/submissions.py` prints right / partial / wrong / missed per family and language.

A case is (family, lang, mails, want). `mails` arrive in order in one fresh state; `want` is every submission the
state should hold after the last one: (manager, names, roles), where `names` and `roles` list what a recruiter would
accept (compared case-insensitively, spaces collapsed). SUBJECT among the names accepts the subject itself with its
Re:/Fwd:/[EXTERNAL] tags taken off (the documented last resort when neither subject nor file name names anyone).

Outcomes, worst first: wrong (a submission with a garbled name or role, two candidates merged, one split, a
non-submission recorded as one, the wrong manager), missed (a submission not recorded), partial (recorded, not
garbled, less than a recruiter would write: the role lost, or the subject as the name where the mail named the
candidate elsewhere), right.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from datetime import datetime, timedelta, timezone

NOW = datetime(2026, 12, 7, 10, tzinfo=timezone.utc)  # a Monday
SUBJECT = "<the subject>"
MAILER = "mailer@acme.test"
RITA, SAM = "Rita Recruiter <rita@acme.test>", "Sam Sourcer <sam@acme.test>"
MARIA, NATE, OTTO = "maria@acme.test", "nate@acme.test", "otto@acme.test"  # Otto: unlisted, at the company's domain
TO_MARIA, TO_NATE, TO_OTTO = "Maria Manager <maria@acme.test>", "Nate Newyork <nate@acme.test>", "Otto Owner <otto@acme.test>"


@dataclass(frozen=True)
class Mail:
    subject: str
    body: str = "Hi,\n\nPlease have a look, résumé attached.\n\nThanks,\nRita\n"
    frm: str = RITA
    to: tuple[str, ...] = (TO_MARIA,)
    cc: tuple[str, ...] = (MAILER,)
    attachments: tuple[str, ...] = ()
    reply_to_mail: int | None = None  # index of an earlier mail of the case this one answers (In-Reply-To)
    references: bool = True  # False: In-Reply-To alone, no References (some mobile clients, Outlook with Thread-Index)
    headers: tuple[tuple[str, str], ...] = ()
    calendar: bool = False  # a text/calendar REQUEST part, as calendar clients send invitations
    html: bool = False  # an HTML-only body, as ATS send


@dataclass(frozen=True)
class Case:
    family: str
    lang: str
    mails: tuple[Mail, ...]
    want: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = field(default=())


BODIES = {
    "en": "Hi Maria,\n\n{who} would be a great fit. Résumé attached.\n\nBest,\nRita\n",
    "de": "Hallo Maria,\n\nanbei der Lebenslauf von {who}. Passt sehr gut ins Team.\n\nViele Grüße\nRita\n",
    "fr": "Bonjour Maria,\n\nVoici le CV de {who}, profil très intéressant.\n\nBien à vous,\nRita\n",
    "es": "Hola María,\n\nte paso el CV de {who}, encaja muy bien.\n\nSaludos,\nRita\n",
    "nl": "Hoi Maria,\n\nBijgaand het cv van {who}. Lijkt me een goede match.\n\nGroet,\nRita\n",
    "it": "Ciao Maria,\n\nti giro il CV di {who}, profilo molto interessante.\n\nA presto,\nRita\n",
    "pt": "Olá Maria,\n\nsegue o CV de {who}, acho que encaixa bem.\n\nAbraço,\nRita\n",
    "pl": "Cześć Maria,\n\nw załączniku CV {who}. Moim zdaniem świetnie pasuje.\n\nPozdrawiam,\nRita\n",
    "ja": "マリアさん\n\nお疲れ様です。{who}さんの履歴書を添付します。ご確認お願いします。\n\nリタ\n",
}


def one(family: str, lang: str, subject: str, names, roles=("",), to=(TO_MARIA,), managers=(MARIA,), cc=(MAILER,),
        attachments=("CV.pdf",), body: str | None = None, frm: str = RITA, **kw) -> Case:
    """One submission mail to `to`, wanted once per manager in `managers` with these names and roles."""
    names = (names,) if isinstance(names, str) else tuple(names)
    roles = (roles,) if isinstance(roles, str) else tuple(roles)
    who = names[0] if names[0] != SUBJECT else "the candidate"
    mail = Mail(subject, body if body is not None else BODIES[lang].format(who=who), frm, tuple(to), tuple(cc),
                tuple(attachments), **kw)
    return Case(family, lang, (mail,), tuple((m, names, roles) for m in managers))


def none(family: str, lang: str, *mails: Mail) -> Case:
    return Case(family, lang, tuple(mails), ())


JD, BE = "Jane Doe", "Backend Engineer"


def subject_cases() -> list[Case]:
    """The subject carries the candidate (and usually the role), in the shapes recruiters type."""
    s = "subject"
    c = [
        # English, the documented shapes and their everyday relatives
        one(s, "en", "Candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Candidate: Jane Doe - Backend Engineer", JD, BE),
        one(s, "en", "Candidate for Backend Engineer: Jane Doe", JD, BE),
        one(s, "en", "Jane Doe (Backend Engineer)", JD, BE),
        one(s, "en", "Jane Doe - Backend Engineer", JD, BE),
        one(s, "en", "Résumé: Jane Doe", JD),
        one(s, "en", "Resume: Jane Doe", JD),
        one(s, "en", "Submission: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "CV Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "CV: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Jane Doe | Senior PM | Berlin", JD, ("Senior PM", "Senior PM | Berlin")),
        one(s, "en", "Jane Doe | Senior Product Manager", JD, "Senior Product Manager"),
        one(s, "en", "Profile: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "[Req 1234] Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "[REQ-2026-117] Candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Referral: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Referral: Jane Doe", JD),
        one(s, "en", "Intro: Jane Doe <> Maria", JD),
        one(s, "en", "Intro: Maria <> Jane Doe", JD),
        one(s, "en", "Jane Doe’s CV", JD),
        one(s, "en", "Jane Doe's resume", JD),
        one(s, "en", "Resume for Jane Doe", JD),
        one(s, "en", "CV for Jane Doe", JD),
        one(s, "en", "Jane Doe for Backend Engineer", JD, BE),
        one(s, "en", "Jane Doe for the Backend Engineer role", JD, (BE, "the Backend Engineer role", "Backend Engineer role")),
        one(s, "en", "New candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Candidate submission – Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Candidate Submission: Jane Doe for Backend Engineer (Req 1234)", JD, BE),
        one(s, "en", "Submittal - Jane Doe - Java Developer - Req#4567", JD, ("Java Developer", "Java Developer - Req#4567")),
        one(s, "en", "Backend Engineer – Jane Doe", JD, BE),
        one(s, "en", "Senior Backend Engineer - Jane Doe", JD, "Senior Backend Engineer"),
        one(s, "en", "Backend Engineer candidate: Jane Doe", JD, BE),
        one(s, "en", "Candidate: Jane Doe", JD),
        one(s, "en", "Candidate - Jane Doe", JD),
        one(s, "en", "Candidate: Jane Doe – Senior Engineer - Payments", JD, ("Senior Engineer - Payments", "Senior Engineer")),
        one(s, "en", "Candidate: Jane Doe (Backend Engineer, Berlin)", JD, ("Backend Engineer, Berlin", BE)),
        one(s, "en", "CANDIDATE: JANE DOE - BACKEND ENGINEER", JD, BE),
        one(s, "en", "candidate: jane doe - backend engineer", JD, BE),
        one(s, "en", "Candidate: Dr. Jane Doe – Research Scientist", (JD, "Dr. Jane Doe"), "Research Scientist"),
        one(s, "en", "Candidate: J. Doe – Backend Engineer", "J. Doe", BE),
        one(s, "en", "Candidate: Jane D. – Backend Engineer", "Jane D.", BE),
        one(s, "en", "Candidate: J.R. Smith – Data Analyst", "J.R. Smith", "Data Analyst"),
        one(s, "en", "Candidate: Anne-Marie Dupont – Backend Engineer", "Anne-Marie Dupont", BE),
        one(s, "en", "Anne-Marie Dupont - Backend Engineer", "Anne-Marie Dupont", BE),
        one(s, "en", "Jane Doe-Smith - Backend Engineer", "Jane Doe-Smith", BE),
        one(s, "en", "Candidate: Seán O'Brien – Site Reliability Engineer", "Seán O'Brien", "Site Reliability Engineer"),
        one(s, "en", "Candidate: Ludwig van Beethoven – Sound Designer", "Ludwig van Beethoven", "Sound Designer"),
        one(s, "en", "Candidate: María de la Cruz – Data Engineer", "María de la Cruz", "Data Engineer"),
        one(s, "en", "Candidate: Nguyễn Văn An – Mobile Developer", "Nguyễn Văn An", "Mobile Developer"),
        one(s, "en", "Candidate: Björk – Designer", "Björk", "Designer"),
        one(s, "en", "Candidate: Zoë Saldaña-Pérez – UX Researcher", "Zoë Saldaña-Pérez", "UX Researcher"),
        one(s, "en", "Candidate: Mary-Kate O’Neill (Frontend Engineer)", "Mary-Kate O’Neill", "Frontend Engineer"),
        one(s, "en", "Candidate: Jane Doe – Backend Engineer (Platform team)", JD,
            ("Backend Engineer (Platform team)", BE)),
        one(s, "en", "Jane Doe - Backend Engineer - Berlin", JD, ("Backend Engineer - Berlin", BE)),
        one(s, "en", "Candidate: Jane Doe – Backend Engineer – 5 yrs Go", JD, (BE, "Backend Engineer – 5 yrs Go")),
        one(s, "en", "Strong candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Candidate for your review: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "For your review: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Candidate: Jane Doe – Backend Engineer [urgent]", JD, (BE, "Backend Engineer [urgent]")),
        one(s, "en", "URGENT: Candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Candidate: Jane Doe / Backend Engineer", JD, BE),
        one(s, "en", "Candidate: Jane Doe, Backend Engineer", JD, BE),
        # German
        one(s, "de", "Kandidat: Max Müller – Backend-Entwickler", "Max Müller", "Backend-Entwickler"),
        one(s, "de", "Kandidatin: Lena Groß – Data Scientist (m/w/d)", "Lena Groß", ("Data Scientist (m/w/d)", "Data Scientist")),
        one(s, "de", "Bewerber: Jörg Weiß – DevOps Engineer", "Jörg Weiß", "DevOps Engineer"),
        one(s, "de", "Bewerbung: Lena Groß – Product Owner", "Lena Groß", "Product Owner"),
        one(s, "de", "Profil: Max Müller – Backend-Entwickler", "Max Müller", "Backend-Entwickler"),
        one(s, "de", "Lebenslauf Max Müller – Backend-Entwickler", "Max Müller", "Backend-Entwickler"),
        one(s, "de", "Kandidatenvorschlag: Max Müller – Backend-Entwickler (m/w/d)", "Max Müller",
            ("Backend-Entwickler (m/w/d)", "Backend-Entwickler")),
        one(s, "de", "Kandidat für Backend-Entwickler: Max Müller", "Max Müller", "Backend-Entwickler"),
        one(s, "de", "Max Müller (Backend-Entwickler)", "Max Müller", "Backend-Entwickler"),
        one(s, "de", "Karl-Heinz von Stein – Teamleiter Vertrieb", "Karl-Heinz von Stein", "Teamleiter Vertrieb"),
        one(s, "de", "Kandidat: Dr. Max Müller – Head of Data", ("Max Müller", "Dr. Max Müller"), "Head of Data"),
        one(s, "de", "AW: Kandidat: Max Müller – Backend-Entwickler", "Max Müller", "Backend-Entwickler"),
        # French
        one(s, "fr", "Candidat : Jean Dupont – Ingénieur backend", "Jean Dupont", "Ingénieur backend"),
        one(s, "fr", "Candidate : Élodie Lefèvre – Cheffe de projet", "Élodie Lefèvre", "Cheffe de projet"),
        one(s, "fr", "Candidature : Jean Dupont – Ingénieur backend", "Jean Dupont", "Ingénieur backend"),
        one(s, "fr", "CV Jean-Pierre Lefèvre – Développeur full stack", "Jean-Pierre Lefèvre", "Développeur full stack"),
        one(s, "fr", "Profil : Élodie Lefèvre – Data analyste", "Élodie Lefèvre", "Data analyste"),
        one(s, "fr", "Candidat pour le poste de Ingénieur backend : Jean Dupont", "Jean Dupont",
            ("Ingénieur backend", "le poste de Ingénieur backend")),
        one(s, "fr", "Candidat : DUPONT Jean – Ingénieur backend", "DUPONT Jean", "Ingénieur backend"),
        one(s, "fr", "TR: Candidat : Jean Dupont – Ingénieur backend", "Jean Dupont", "Ingénieur backend"),
        # Spanish
        one(s, "es", "Candidata – Lucía Fernández – Ingeniera de datos", "Lucía Fernández", "Ingeniera de datos"),
        one(s, "es", "Candidato: José Álvarez – Desarrollador backend", "José Álvarez", "Desarrollador backend"),
        one(s, "es", "Candidata: María José García López – Product Manager", "María José García López", "Product Manager"),
        one(s, "es", "CV de Lucía Fernández – Ingeniera de datos", "Lucía Fernández", "Ingeniera de datos"),
        one(s, "es", "Perfil: José Álvarez – Desarrollador backend", "José Álvarez", "Desarrollador backend"),
        one(s, "es", "RV: Candidato: José Álvarez – Desarrollador backend", "José Álvarez", "Desarrollador backend"),
        # Dutch
        one(s, "nl", "Kandidaat: Pieter de Vries – Backend-ontwikkelaar", "Pieter de Vries", "Backend-ontwikkelaar"),
        one(s, "nl", "Kandidaat: Sanne van den Berg – Data-analist", "Sanne van den Berg", "Data-analist"),
        one(s, "nl", "Cv Pieter de Vries – Backend-ontwikkelaar", "Pieter de Vries", "Backend-ontwikkelaar"),
        one(s, "nl", "Profiel: Sanne van den Berg – Productmanager", "Sanne van den Berg", "Productmanager"),
        one(s, "nl", "Doorst: Kandidaat: Pieter de Vries – Backend-ontwikkelaar", "Pieter de Vries", "Backend-ontwikkelaar"),
        # Italian
        one(s, "it", "Candidato: Marco Rossi – Sviluppatore backend", "Marco Rossi", "Sviluppatore backend"),
        one(s, "it", "Candidata: Giulia D'Angelo – Data scientist", "Giulia D'Angelo", "Data scientist"),
        one(s, "it", "CV Marco Rossi – Sviluppatore backend", "Marco Rossi", "Sviluppatore backend"),
        one(s, "it", "Profilo: Giulia D'Angelo – Product manager", "Giulia D'Angelo", "Product manager"),
        one(s, "it", "I: Candidato: Marco Rossi – Sviluppatore backend", "Marco Rossi", "Sviluppatore backend"),
        # Portuguese
        one(s, "pt", "Candidata: Ana Souza – Engenheira de dados", "Ana Souza", "Engenheira de dados"),
        one(s, "pt", "Candidato: João Conceição – Desenvolvedor backend", "João Conceição", "Desenvolvedor backend"),
        one(s, "pt", "Currículo: Ana Souza – Engenheira de dados", "Ana Souza", "Engenheira de dados"),
        one(s, "pt", "Perfil: João Conceição – Desenvolvedor backend", "João Conceição", "Desenvolvedor backend"),
        one(s, "pt", "ENC: Candidata: Ana Souza – Engenheira de dados", "Ana Souza", "Engenheira de dados"),
        # Polish
        one(s, "pl", "Kandydat: Jan Kowalski – Programista backend", "Jan Kowalski", "Programista backend"),
        one(s, "pl", "Kandydatka: Anna Wiśniewska – Analityk danych", "Anna Wiśniewska", "Analityk danych"),
        one(s, "pl", "CV Łukasz Żółkiewski – Inżynier DevOps", "Łukasz Żółkiewski", "Inżynier DevOps"),
        one(s, "pl", "PD: Kandydat: Jan Kowalski – Programista backend", "Jan Kowalski", "Programista backend"),
        # Japanese
        one(s, "ja", "候補者: 田中 太郎 – バックエンドエンジニア", ("田中 太郎", "田中太郎"), "バックエンドエンジニア"),
        one(s, "ja", "候補者：山田花子（データサイエンティスト）", ("山田花子", "山田 花子"), "データサイエンティスト"),
        one(s, "ja", "【候補者ご紹介】田中太郎様／バックエンドエンジニア", ("田中太郎", "田中 太郎", "田中太郎様"),
            "バックエンドエンジニア"),
        one(s, "ja", "【推薦】山田 花子 様 - データサイエンティスト", ("山田 花子", "山田花子", "山田 花子 様"),
            "データサイエンティスト"),
        one(s, "ja", "転送: 候補者: 田中 太郎 – バックエンドエンジニア", ("田中 太郎", "田中太郎"), "バックエンドエンジニア"),
        # tags in front
        one(s, "en", "[EXTERNAL] Candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "[EXT] Candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "EXTERNAL: Candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "de", "[Extern] Kandidat: Max Müller – Backend-Entwickler", "Max Müller", "Backend-Entwickler"),
        one(s, "en", "FW: Candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "en", "Fwd: Fwd: Candidate: Jane Doe – Backend Engineer", JD, BE),
        one(s, "de", "WG: Kandidat: Max Müller – Backend-Entwickler", "Max Müller", "Backend-Entwickler"),
        one(s, "en", "Re: [EXTERNAL] Fwd: Candidate: Jane Doe – Backend Engineer", JD, BE),
    ]
    return c


def filename_cases() -> list[Case]:
    """The subject names no one: the candidate comes from the résumé's file name, or the subject is all there is."""
    f = "filename"
    c = [
        one(f, "en", "CV", JD, attachments=("CV_Jane-Doe_2026.pdf",)),
        one(f, "en", "Candidate for you", JD, attachments=("Jane_Doe_CV.pdf",)),
        one(f, "en", "New profile", JD, attachments=("Jane Doe - Resume.pdf",)),
        one(f, "en", "Backend profile", JD, attachments=("Resume_JaneDoe.pdf",)),
        one(f, "en", "Backend profile", JD, attachments=("jane.doe.resume.pdf",)),
        one(f, "en", "Profile", JD, attachments=("JANE_DOE_RESUME_2026.docx",)),
        one(f, "en", "Candidate", JD, attachments=("Jane Doe CV (1).pdf",)),
        one(f, "en", "Great fit", ("Jane Doe", SUBJECT), attachments=("resume (3).pdf",),
            body="Hi Maria,\n\nPlease find attached the CV of Jane Doe.\n\nRita\n"),
        one(f, "en", "Strong backend profile", ("Jane Doe", SUBJECT), attachments=("IMG_0042.jpg",),
            body="Hi Maria,\n\nJane Doe sent her CV as a photo, attached.\n\nRita\n"),
        one(f, "en", "Profile", ("Jane Doe", SUBJECT), attachments=("CV.pdf",),
            body="Hi Maria,\n\nAttached is Jane Doe's CV for the backend role.\n\nRita\n"),
        one(f, "en", "Candidate", ("Jane Doe", SUBJECT), attachments=("Resume.docx",),
            body="Hi Maria,\n\nHere's Jane Doe.\n\nRita\n"),
        one(f, "de", "Lebenslauf", "Müller", attachments=("Lebenslauf Müller.docx",)),
        one(f, "de", "Bewerbung", "Max Müller", attachments=("Lebenslauf_Max_Müller.pdf",)),
        one(f, "de", "Bewerbungsunterlagen", "Max Müller", attachments=("Max Müller – Lebenslauf.pdf", "Zeugnisse.pdf")),
        one(f, "de", "Kandidat", "Max Müller", attachments=("CV_Max_Müller.pdf",)),
        one(f, "fr", "CV", "Jean Dupont", attachments=("CV Jean Dupont.pdf",)),
        one(f, "fr", "Candidature", ("Jean Dupont", "DUPONT Jean", "Dupont Jean"), attachments=("CV_DUPONT_Jean.pdf",)),
        one(f, "es", "Currículum", ("Lucia Fernandez", "Lucía Fernández"), attachments=("CV_Lucia_Fernandez.pdf",)),
        one(f, "nl", "Cv", "Pieter de Vries", attachments=("CV Pieter de Vries.pdf",)),
        one(f, "it", "Curriculum", "Marco Rossi", attachments=("Marco_Rossi_CV.pdf",)),
        one(f, "pt", "Currículo", "Ana Souza", attachments=("Curriculo_Ana_Souza.pdf",)),
        one(f, "pl", "CV", "Jan Kowalski", attachments=("CV_Jan_Kowalski.pdf",)),
        one(f, "ja", "履歴書", ("田中太郎", "田中 太郎"), attachments=("履歴書_田中太郎.pdf",)),
        # Outlook's signature logo rides along; it names no one
        one(f, "en", "Candidate", JD, attachments=("image001.png", "Jane_Doe_CV.pdf")),
        one(f, "en", "Candidate", JD, attachments=("Jane_Doe_CV.pdf", "image002.jpg", "Outlook-logo.png")),
        # a cover letter next to the CV
        one(f, "en", "Application", JD, attachments=("Cover_Letter_Jane_Doe.pdf", "CV_Jane_Doe.pdf")),
        # the subject wins over the file name when it names the candidate
        one(f, "en", "Candidate: Jane Doe – Backend Engineer", JD, BE, attachments=("resume_final_v2.pdf",)),
        one(f, "en", "Candidate: Jane Doe – Backend Engineer", JD, BE, attachments=("CV_J_Doe.pdf",)),
        # no name anywhere: the subject is the last resort, never an invented name
        one(f, "en", "Backend engineer opening", SUBJECT, attachments=("resume.pdf",),
            body="Hi Maria,\n\nOne for the backend opening, see attached.\n\nRita\n"),
        one(f, "en", "For the platform team", SUBJECT, attachments=("CV_final.pdf",),
            body="Hi Maria,\n\nAnother profile for the platform team.\n\nRita\n"),
        one(f, "en", "Profile", SUBJECT, attachments=("document.pdf",), body="Hi Maria,\n\nSee attached.\n\nRita\n"),
    ]
    return c


def ats_cases() -> list[Case]:
    """Submissions made with an ATS's "share with hiring manager" button, sent from the recruiter's own mailbox
    (mail integration) with mailer added as a recipient; the résumé is a link, not an attachment."""
    a = "ats"
    gh = ("Hi Maria,\n\nRita Recruiter would like you to review Jane Doe for Backend Engineer.\n\n"
          "View Jane Doe's profile: https://app.greenhouse.io/people/123456?application_id=987\n"
          "Resume: https://app.greenhouse.io/people/123456/resume\n\nThis email was sent via Greenhouse.\n")
    lever = ("Rita Recruiter shared a candidate with you.\n\nJane Doe\nBackend Engineer · Berlin\n\n"
             "View profile in Lever: https://hire.lever.co/candidates/abc-123\n")
    wd = ("Candidate Jane Doe has been submitted for requisition R-01234 Backend Engineer.\n"
          "Please review the candidate in Workday: https://wd3.myworkday.com/acme/d/inst/123.htmld\n")
    sr = ("Hello Maria,\n\nPlease review the following candidate for Backend Engineer:\nJane Doe\n"
          "Open in SmartRecruiters: https://www.smartrecruiters.com/app/people/123\n")
    personio = ("Hallo Maria,\n\nRita Recruiter hat dir die Bewerbung von Max Müller für die Stelle "
                "Backend-Entwickler (m/w/d) freigegeben.\n\nZur Bewerbung: https://acme.personio.de/recruiting/applications/42\n")
    c = [
        one(a, "en", "Jane Doe for Backend Engineer", JD, BE, attachments=(), body=gh),
        one(a, "en", "Please review Jane Doe for Backend Engineer", JD, BE, attachments=(), body=gh),
        one(a, "en", "Rita Recruiter shared Jane Doe with you", JD, attachments=(), body=lever),
        one(a, "en", "Rita Recruiter shared a candidate with you: Jane Doe", JD, attachments=(), body=lever),
        one(a, "en", "Feedback requested: Jane Doe for Backend Engineer", JD, BE, attachments=(), body=lever),
        one(a, "en", "Candidate Jane Doe submitted for R-01234 Backend Engineer", JD, BE, attachments=(), body=wd),
        one(a, "en", "Review Candidate: Jane Doe - Backend Engineer (R-01234)", JD, BE, attachments=(), body=wd),
        one(a, "en", "New candidate for review: Jane Doe - Backend Engineer", JD, BE, attachments=(), body=sr),
        one(a, "en", "Jane Doe has been shared with you", JD, attachments=(), body=sr),
        one(a, "de", "Neue Bewerbung: Max Müller – Backend-Entwickler (m/w/d)", "Max Müller",
            ("Backend-Entwickler (m/w/d)", "Backend-Entwickler"), attachments=(), body=personio),
        one(a, "de", "Bewerbung von Max Müller für Backend-Entwickler (m/w/d)", "Max Müller",
            ("Backend-Entwickler (m/w/d)", "Backend-Entwickler"), attachments=(), body=personio),
        one(a, "de", "Max Müller hat sich auf Backend-Entwickler (m/w/d) beworben", "Max Müller",
            ("Backend-Entwickler (m/w/d)", "Backend-Entwickler"), attachments=(), body=personio),
        one(a, "en", "Jane Doe - Backend Engineer", JD, BE, attachments=(), body=gh, html=True),
        one(a, "en", "Candidate: Jane Doe – Backend Engineer", JD, BE, attachments=(),
            body="Hi Maria,\n\nHere is Jane's profile: https://drive.example/jane-doe-cv\n\nRita\n"),
        # a recruiter forwarding a job-board application to the manager
        one(a, "en", "Fwd: New application: Backend Engineer from Jane Doe", JD, BE, attachments=("Jane_Doe.pdf",),
            body="Maria, FYI this one looks good.\n\n---------- Forwarded message ---------\nFrom: Indeed "
                 "<noreply@indeed.com>\nSubject: New application: Backend Engineer from Jane Doe\n\nJane Doe applied.\n"),
        one(a, "en", "Fwd: Jane Doe applied for Backend Engineer", JD, BE, attachments=(),
            body="Maria, worth a look?\n\n---------- Forwarded message ---------\nFrom: LinkedIn <jobs-noreply@linkedin.com>\n"
                 "Subject: Jane Doe applied for Backend Engineer\n"),
        # an ATS's own no-reply address relays the share: not a listed recruiter, so mailer cannot take it as one
        none(a, "en", Mail("Rita Recruiter shared Jane Doe with you", lever,
                           frm="Rita Recruiter via Lever <no-reply@hire.lever.co>",
                           headers=(("Reply-To", "rita@acme.test"),))),
        none(a, "en", Mail("Please review Jane Doe for Backend Engineer", gh,
                           frm="Greenhouse <no-reply@greenhouse.io>", headers=(("Reply-To", "rita@acme.test"),))),
    ]
    return c


def managers_cases() -> list[Case]:
    """Who the submission is for: one per manager in To, never a colleague in CC."""
    m = "managers"
    subj = "Candidate: Jane Doe – Backend Engineer"
    c = [
        one(m, "en", subj, JD, BE, to=(TO_MARIA, TO_NATE), managers=(MARIA, NATE)),
        one(m, "en", subj, JD, BE, to=(TO_MARIA,), cc=(TO_NATE, MAILER), managers=(MARIA,)),
        one(m, "en", subj, JD, BE, to=(TO_MARIA, TO_OTTO), cc=(MAILER, TO_NATE), managers=(MARIA, OTTO)),
        one(m, "en", subj, JD, BE, to=(TO_NATE,), cc=(MAILER, "Sam Sourcer <sam@acme.test>"), managers=(NATE,)),
        one(m, "en", subj, JD, BE, to=(TO_MARIA,), cc=(), managers=(MARIA,)),  # mailer in Bcc
        one(m, "en", subj, JD, BE, to=(TO_MARIA, MAILER), cc=(), managers=(MARIA,)),
        one(m, "en", subj, JD, BE, to=("maria@acme.test",), cc=("Acme Recruiting <mailer@acme.test>",), managers=(MARIA,)),
        one(m, "en", subj, JD, BE, to=("'Maria Manager' <Maria@ACME.test>",), managers=(MARIA,)),
        one(m, "en", subj, JD, BE, to=(TO_MARIA,), cc=(MAILER, "Jane Doe <jane.doe@gmail.example>"), managers=(MARIA,)),
        one(m, "en", subj, JD, BE, to=(TO_MARIA, "Jane Doe <jane.doe@gmail.example>"), managers=(MARIA,)),
        one(m, "en", subj, JD, BE, frm=SAM, to=(TO_NATE,), managers=(NATE,)),
        one(m, "en", subj, JD, BE, to=(TO_MARIA, TO_NATE, TO_OTTO), managers=(MARIA, NATE, OTTO)),
    ]
    return c


def _thread(*mails: Mail) -> tuple[Mail, ...]:
    return tuple(mails)


def thread_cases() -> list[Case]:
    """Several mails in one state: a resend, follow-ups, thank-yous and forwards must keep one submission per
    candidate and manager; two candidates must stay two."""
    t = "thread"
    first = Mail("Candidate: Jane Doe – Backend Engineer", BODIES["en"].format(who=JD), attachments=("Jane_Doe_CV.pdf",))
    omar = Mail("Candidate: Omar Haddad – Backend Engineer", BODIES["en"].format(who="Omar Haddad"),
                attachments=("Omar_Haddad_CV.pdf",))
    want_jane = ((MARIA, (JD,), (BE,)),)
    want_both = ((MARIA, (JD,), (BE,)), (MARIA, ("Omar Haddad",), (BE,)))
    maria_reply = Mail("Re: Candidate: Jane Doe – Backend Engineer", "Thanks Rita, I'll look tonight.\n\nMaria\n",
                       frm=TO_MARIA, to=(RITA,), cc=(MAILER,), reply_to_mail=0)

    def rita_re(body, subject="Re: Candidate: Jane Doe – Backend Engineer", to=(TO_MARIA,), reply=0, atts=(),
                references=True, headers=()):
        return Mail(subject, body, to=to, reply_to_mail=reply, attachments=atts, references=references, headers=headers)

    c = [
        Case(t, "en", (first, rita_re("Hi Maria, any news on Jane?\n\nRita\n")), want_jane),
        Case(t, "en", (first, rita_re("Hi Maria,\n\njust bumping this one up.\n\nRita\n")), want_jane),
        Case(t, "en", (first, rita_re("Hi Maria, updated CV attached (new role at her current company).\n\nRita\n",
                                      atts=("Jane_Doe_CV_v2.pdf",))), want_jane),
        Case(t, "en", (first, maria_reply, rita_re("Thanks Maria!\n\nRita\n", reply=1)), want_jane),
        Case(t, "en", (first, maria_reply, rita_re("Great, thank you. I'll set up the interview.\n\nRita\n", reply=1)),
             want_jane),
        # answering Maria's reply (a mail mailer read) with In-Reply-To alone: still Jane's thread, whatever the subject
        Case(t, "en", (first, maria_reply, rita_re("Thanks Maria, great news!\n\nRita\n", reply=1, references=False)),
             want_jane),
        Case(t, "en", (first, maria_reply, rita_re("Thanks, will do.\n\nRita\n", subject="Re: quick question", reply=1,
                                                   references=False)), want_jane),
        Case(t, "de", (first, maria_reply, rita_re("Danke Maria!\n\nRita\n", subject="AW: Candidate: Jane Doe – Backend "
                                                   "Engineer", reply=1, references=False, headers=(
                                                       ("Thread-Topic", "Candidate: Jane Doe – Backend Engineer"),
                                                       ("Thread-Index", "AdbHxYzQ1w2e3r4t5y6u7i8o9pAB"))),
                                    ), want_jane),
        # Outlook between Exchange users: Thread-Index and Thread-Topic alone on the thanks, the conversation's root
        # (its first 22 bytes) on the submission; Maria's answer threads by In-Reply-To as usual
        Case(t, "en", (Mail(first.subject, first.body, attachments=first.attachments, headers=(
                           ("Thread-Topic", first.subject), ("Thread-Index", "AdbHxYzQAAECAwQFBgcICQoLDA0ODw=="))),
                       maria_reply,
                       Mail("RE: Candidate: Jane Doe – Backend Engineer", "Thanks Maria, speak soon.\n\nRita\n", headers=(
                           ("Thread-Topic", first.subject), ("Thread-Index", "AdbHxYzQAAECAwQFBgcICQoLDA0ODwAAAAAAAAAAAAA="))),
                       ), want_jane),
        # a new subject typed over Maria's reply: the client kept In-Reply-To, the recruiter meant a new candidate
        Case(t, "en", (first, maria_reply, Mail(omar.subject, "Hi Maria,\n\nand one more: Omar Haddad, CV to follow.\n\nRita\n",
                                                   reply_to_mail=1, references=False)), want_both),
        Case(t, "de", (first, rita_re("Hallo Maria, gibt es schon Neuigkeiten zu Jane?\n\nRita\n",
                                      subject="AW: Candidate: Jane Doe – Backend Engineer")), want_jane),
        Case(t, "fr", (first, rita_re("Bonjour Maria, des nouvelles pour Jane ?\n\nRita\n",
                                      subject="RE: Candidate: Jane Doe – Backend Engineer")), want_jane),
        # a resend as a new mail, updated CV
        Case(t, "en", (first, Mail("Updated CV: Jane Doe – Backend Engineer", "Hi Maria, updated CV attached.\n\nRita\n",
                                   attachments=("Jane_Doe_CV_2026-12.pdf",))), want_jane),
        Case(t, "en", (first, Mail("Candidate: Jane Doe – Backend Engineer (updated CV)", "Updated CV attached.\n",
                                   attachments=("Jane_Doe_CV_v2.pdf",))), want_jane),
        Case(t, "en", (first, Mail("Candidate: Jane Doe – Backend Engineer", "Resending with the right file.\n",
                                   attachments=("Jane_Doe_CV.pdf",))), want_jane),
        Case(t, "en", (first, Mail("Jane Doe - Backend Engineer", "Resending in case it got lost.\n",
                                   attachments=("Jane_Doe_CV.pdf",))), want_jane),
        Case(t, "en", (first, Mail("Resume: Jane Doe", "Her latest resume.\n", attachments=("Jane_Doe_CV.pdf",))),
             want_jane),
        # the same candidate to a second manager later: a second submission, not a merge
        Case(t, "en", (first, Mail(first.subject, first.body, to=(TO_NATE,), attachments=first.attachments)),
             want_jane + ((NATE, (JD,), (BE,)),)),
        # two candidates, one after the other, to one manager
        Case(t, "en", (first, omar), want_both),
        Case(t, "en", (Mail("CV", "Hi Maria, here's Jane Doe's CV.\n", attachments=("Jane_Doe_CV.pdf",)),
                       Mail("CV", "Hi Maria, here's Omar Haddad's CV.\n", attachments=("Omar_Haddad_CV.pdf",))),
             ((MARIA, (JD,), ("",)), (MARIA, ("Omar Haddad",), ("",)))),
        Case(t, "en", (Mail("Jane Doe – Backend Engineer", "See attached.\n"),
                       Mail("Jane Doe-Smith – Backend Engineer", "See attached.\n")),
             ((MARIA, (JD,), (BE,)), (MARIA, ("Jane Doe-Smith",), (BE,)))),
        Case(t, "en", (Mail("Candidate: Jane Doe – Backend Engineer", "See attached.\n"),
                       Mail("Candidate: Jane Smith – Backend Engineer", "See attached.\n")),
             ((MARIA, (JD,), (BE,)), (MARIA, ("Jane Smith",), (BE,)))),
        # a new candidate sent in an old candidate's thread, subject changed
        Case(t, "en", (first, rita_re("Hi Maria, another one for the same role: Omar Haddad, CV attached.\n\nRita\n",
                                      subject="Candidate: Omar Haddad – Backend Engineer", atts=("Omar_Haddad_CV.pdf",))),
             want_both),
        Case(t, "en", (first, rita_re("Hi Maria, one more for the backend role, CV attached.\n\nRita\n",
                                      subject="Re: Candidate: Jane Doe – Backend Engineer", atts=("Omar_Haddad_CV.pdf",))),
             ((MARIA, (JD,), (BE,)), (MARIA, ("Omar Haddad",), (BE, "")))),
        # a forwarded submission: the recruiter passes on a colleague's (or agency's) mail
        Case(t, "en", (Mail("Fwd: Candidate: Jane Doe – Backend Engineer",
                            "Maria, Sam sent me this one, I think she fits your team.\n\n"
                            "---------- Forwarded message ---------\nFrom: Sam Sourcer <sam@acme.test>\n"
                            "Date: Fri, 4 Dec 2026 at 16:02\nSubject: Candidate: Jane Doe – Backend Engineer\n"
                            "To: Rita Recruiter <rita@acme.test>\n\nHi Rita, this one is for Maria's team.\n",
                            attachments=("Jane_Doe_CV.pdf",)),), want_jane),
        Case(t, "en", (Mail("Fwd: Jane Doe - Backend Engineer - Agency submission",
                            "Maria, from our agency partner.\n\n-----Original Message-----\nFrom: Tom Agent "
                            "<tom@talentpartners.example>\nSubject: Jane Doe - Backend Engineer - Agency submission\n\n"
                            "Please find Jane's CV attached.\n", attachments=("Jane_Doe_CV.pdf",)),),
             ((MARIA, (JD,), (BE, "Backend Engineer - Agency submission")),)),
        # the recruiter forgot the CC and forwards her sent mail to mailer alone
        Case(t, "en", (Mail("Fwd: Candidate: Jane Doe – Backend Engineer",
                            "---------- Forwarded message ---------\nFrom: Rita Recruiter <rita@acme.test>\n"
                            "Date: Mon, 7 Dec 2026 at 09:02\nSubject: Candidate: Jane Doe – Backend Engineer\n"
                            "To: Maria Manager <maria@acme.test>\n\nHi Maria, Jane would be great. CV attached.\n",
                            to=(MAILER,), cc=()),), want_jane),
        # a manager forwarding the submission to a colleague, mailer still in CC: no new submission
        Case(t, "en", (first, Mail("Fwd: Candidate: Jane Doe – Backend Engineer",
                                   "Nate, can you take this one? She's more your team.\n\nMaria\n",
                                   frm=TO_MARIA, to=(TO_NATE,), cc=(MAILER,), reply_to_mail=0)), want_jane),
        Case(t, "en", (first, Mail("WG: Candidate: Jane Doe – Backend Engineer", "Nate, bitte übernehmen.\n",
                                   frm=TO_MARIA, to=(TO_NATE,), cc=(MAILER, RITA))), want_jane),
        # the manager's own answer never makes a submission
        Case(t, "en", (first, maria_reply), want_jane),
        # the recruiter answers the manager's question in the thread
        Case(t, "en", (first, maria_reply, rita_re("She's available from March and open to Berlin.\n\nRita\n", reply=1)),
             want_jane),
        # the recruiter re-sends to a second manager in the same thread (reply-all, adds Nate to To)
        Case(t, "en", (first, rita_re("Adding Nate, who is hiring for the same role.\n\nRita\n",
                                      to=(TO_MARIA, TO_NATE))), want_jane + ((NATE, (JD,), (BE,)),)),
        # an interview invitation the recruiter sends afterwards, mailer still in CC (the calendar invites all)
        Case(t, "en", (first, Mail("Invitation: Interview Jane Doe – Backend Engineer @ Thu 10 Dec 2026 14:00 - 15:00 (GMT)",
                                   "Interview with Jane Doe\nJoin: https://meet.example/abc\n", calendar=True)), want_jane),
        Case(t, "en", (first, Mail("Interview scheduling – Jane Doe", "Hi Maria, which slot works for Jane's interview? "
                                   "Tue 2pm or Wed 10am.\n\nRita\n")), want_jane),
        Case(t, "en", (first, Mail("Offer approval: Jane Doe – Backend Engineer", "Hi Maria, offer details below for "
                                   "your approval.\n\nRita\n")), want_jane),
    ]
    return c


def several_cases() -> list[Case]:
    """Several candidates in one mail: each is one submission, or none is (a miss); never one merged."""
    v = "several"
    both = lambda r1=BE, r2=BE: ((MARIA, (JD,), (r1,)), (MARIA, ("Omar Haddad",), (r2,)))  # noqa: E731
    return [
        Case(v, "en", (Mail("Candidates: Jane Doe, Omar Haddad – Backend Engineer", "Two for you, CVs attached.\n",
                            attachments=("Jane_Doe_CV.pdf", "Omar_Haddad_CV.pdf")),), both()),
        Case(v, "en", (Mail("2 candidates for Backend Engineer", "Hi Maria,\n\nJane Doe and Omar Haddad, CVs attached.\n",
                            attachments=("Jane_Doe_CV.pdf", "Omar_Haddad_CV.pdf")),), both()),
        Case(v, "en", (Mail("Backend Engineer shortlist", "Hi Maria, this week's shortlist:\n1. Jane Doe\n2. Omar Haddad\n",
                            attachments=("CV_Jane_Doe.pdf", "CV_Omar_Haddad.pdf")),), both("", "")),
        Case(v, "en", (Mail("Jane Doe & Omar Haddad – Backend Engineer", "Both CVs attached.\n",
                            attachments=("Jane_Doe_CV.pdf", "Omar_Haddad_CV.pdf")),), both()),
        Case(v, "de", (Mail("Zwei Kandidaten für Backend-Entwickler", "Hallo Maria, anbei zwei Profile.\n",
                            attachments=("Lebenslauf_Max_Müller.pdf", "Lebenslauf_Lena_Groß.pdf")),),
             ((MARIA, ("Max Müller",), ("Backend-Entwickler",)), (MARIA, ("Lena Groß",), ("Backend-Entwickler",)))),
        Case(v, "en", (Mail("Profiles for Backend Engineer", "Three profiles attached.\n",
                            attachments=("resume.pdf", "resume (1).pdf", "resume (2).pdf")),), ()),
    ]


def negative_cases() -> list[Case]:
    """Mail that is no submission, whatever its subject says."""
    n = "negative"
    news = "Hi there,\n\n5 new candidates match your Backend Engineer job.\n\nUnsubscribe: https://x.example/u\n"
    c = [
        none(n, "en", Mail("5 new candidates for Backend Engineer", news, frm="LinkedIn <jobs-noreply@linkedin.com>",
                           to=(MAILER,), cc=(), headers=(("List-Unsubscribe", "<https://x.example/u>"),))),
        none(n, "en", Mail("New applicant for Backend Engineer: Jane Doe", "Jane Doe applied.\n",
                           frm="Indeed <noreply@indeed.com>", to=(MAILER,), cc=())),
        none(n, "en", Mail("Recruiting newsletter – December", news, frm="HR Weekly <news@hrweekly.example>",
                           to=(MAILER,), cc=(), headers=(("List-Id", "<hrweekly.example>"),))),
        # a recruiter writing to mailer itself
        none(n, "en", Mail("status", "", to=(MAILER,), cc=())),
        none(n, "en", Mail("Re: status", "status\n", to=(MAILER,), cc=())),
        none(n, "en", Mail("help", "help\n", to=(MAILER,), cc=())),
        none(n, "en", Mail("Question", "Hi, how do I stop the reminders for Jane Doe?\n\nRita\n", to=(MAILER,), cc=())),
        # a candidate writing directly
        none(n, "en", Mail("Application: Backend Engineer – Jane Doe", "Hello, please find my CV attached.\n\nJane\n",
                           frm="Jane Doe <jane.doe@gmail.example>", to=("Rita Recruiter <rita@acme.test>",),
                           cc=(MAILER,), attachments=("Jane_Doe_CV.pdf",))),
        none(n, "en", Mail("Jane Doe – Backend Engineer", "Hi, I was told to send my CV here.\n",
                           frm="Jane Doe <jane.doe@gmail.example>", to=(MAILER,), cc=(), attachments=("CV.pdf",))),
        none(n, "de", Mail("Bewerbung als Backend-Entwickler", "Sehr geehrte Damen und Herren, anbei meine Unterlagen.\n",
                           frm="Max Müller <max.mueller@web.example>", to=(TO_MARIA,), cc=(MAILER,),
                           attachments=("Lebenslauf.pdf",))),
        # calendar invitations with no earlier submission
        none(n, "en", Mail("Invitation: Interview: Jane Doe – Backend Engineer @ Tue 8 Dec 2026 14:00 - 15:00 (GMT)",
                           "Interview with Jane Doe\n", calendar=True)),
        none(n, "en", Mail("Interview – Jane Doe / Backend Engineer", "Interview with Jane Doe\n", calendar=True)),
        none(n, "de", Mail("Einladung: Interview Max Müller @ Di. 8. Dez. 2026 14:00", "Interview\n", calendar=True)),
        none(n, "en", Mail("Accepted: Interview: Jane Doe – Backend Engineer", "Maria accepted.\n", frm=TO_MARIA,
                           to=(RITA,), cc=(MAILER,), calendar=True)),
        # a manager writing to a recruiter with mailer in CC
        none(n, "en", Mail("Candidate: Jane Doe – Backend Engineer", "Rita, I met her at a meetup, can you reach out?\n",
                           frm=TO_MARIA, to=(RITA,), cc=(MAILER,))),
        # someone unlisted outside the company (an agency) CCing mailer
        none(n, "en", Mail("Candidate: Jane Doe – Backend Engineer", "Dear Maria, please find our candidate attached.\n",
                           frm="Tom Agent <tom@talentpartners.example>", to=(TO_MARIA,), cc=(MAILER,),
                           attachments=("Jane_Doe_CV.pdf",))),
        # mailer's own nudge echoed back (a copy to itself)
        none(n, "en", Mail("Re: Candidate: Jane Doe – Backend Engineer", "Just a gentle nudge on Jane Doe.\n",
                           frm="Rita Recruiter via Acme Recruiting <mailer@acme.test>", to=(TO_MARIA,), cc=(),
                           headers=(("Auto-Submitted", "auto-generated"),))),
        # an out-of-office from a manager
        none(n, "en", Mail("Automatic reply: Candidate: Jane Doe – Backend Engineer", "I am out of office until Monday.\n",
                           frm=TO_MARIA, to=(RITA,), cc=(),
                           headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))),
    ]
    return c


LANG_SUBJECTS = {  # (lang, subject, name, role): each shape in each language a second time, other names
    "en": [("Candidate: Omar Haddad – Staff Data Engineer", "Omar Haddad", "Staff Data Engineer"),
           ("Omar Haddad (Staff Data Engineer)", "Omar Haddad", "Staff Data Engineer"),
           ("Priya Patel - QA Lead", "Priya Patel", "QA Lead"),
           ("Resume: Kwame Mensah", "Kwame Mensah", ""),
           ("Submission: Kwame Mensah – iOS Engineer", "Kwame Mensah", "iOS Engineer"),
           ("Candidate for Engineering Manager: Priya Patel", "Priya Patel", "Engineering Manager"),
           ("Referral: Wei Chen for Staff Engineer", "Wei Chen", "Staff Engineer"),
           ("Wei Chen’s resume – Staff Engineer", "Wei Chen", "Staff Engineer"),
           ("Intro: Kwame Mensah <> Nate", "Kwame Mensah", ""),
           ("Profile: Wei Chen", "Wei Chen", "")],
    "de": [("Kandidatin: Aylin Yılmaz – Projektleiterin", "Aylin Yılmaz", "Projektleiterin"),
           ("Kandidat: Jürgen Schäfer – Werkstudent Data (m/w/d)", "Jürgen Schäfer",
            ("Werkstudent Data (m/w/d)", "Werkstudent Data")),
           ("Aylin Yılmaz – Projektleiterin", "Aylin Yılmaz", "Projektleiterin"),
           ("Empfehlung: Jürgen Schäfer – Buchhalter", "Jürgen Schäfer", "Buchhalter")],
    "fr": [("Candidate : Amélie Poulain – Responsable marketing", "Amélie Poulain", "Responsable marketing"),
           ("Candidat : François Hollande-Martin – Comptable", "François Hollande-Martin", "Comptable"),
           ("Amélie Poulain (Responsable marketing)", "Amélie Poulain", "Responsable marketing"),
           ("Cooptation : François Martin – Comptable", "François Martin", "Comptable")],
    "es": [("Candidato: Íñigo Montoya – Ingeniero de software", "Íñigo Montoya", "Ingeniero de software"),
           ("Candidata: Ana Belén Ruiz – Diseñadora UX", "Ana Belén Ruiz", "Diseñadora UX"),
           ("Íñigo Montoya - Ingeniero de software", "Íñigo Montoya", "Ingeniero de software"),
           ("Recomendación: Ana Belén Ruiz – Diseñadora UX", "Ana Belén Ruiz", "Diseñadora UX")],
    "nl": [("Kandidaat: Eva de Jong – Recruiter", "Eva de Jong", "Recruiter"),
           ("Eva de Jong (Data-engineer)", "Eva de Jong", "Data-engineer"),
           ("Kandidaat: Johan van 't Hof – Accountmanager", "Johan van 't Hof", "Accountmanager")],
    "it": [("Candidata: Chiara Esposito – UX designer", "Chiara Esposito", "UX designer"),
           ("Chiara Esposito – UX designer", "Chiara Esposito", "UX designer"),
           ("Candidato: Niccolò Bianchi – Ingegnere DevOps", "Niccolò Bianchi", "Ingegnere DevOps")],
    "pt": [("Candidato: Gonçalo Araújo – Analista de dados", "Gonçalo Araújo", "Analista de dados"),
           ("Candidata: Maria da Conceição – Gerente de produto", "Maria da Conceição", "Gerente de produto"),
           ("Gonçalo Araújo (Analista de dados)", "Gonçalo Araújo", "Analista de dados")],
    "pl": [("Kandydatka: Małgorzata Brzęczyszczykiewicz – Tester", "Małgorzata Brzęczyszczykiewicz", "Tester"),
           ("Kandydat: Paweł Wójcik – Kierownik projektu", "Paweł Wójcik", "Kierownik projektu"),
           ("Paweł Wójcik (Kierownik projektu)", "Paweł Wójcik", "Kierownik projektu")],
    "ja": [("候補者：佐藤 健 – プロダクトマネージャー", ("佐藤 健", "佐藤健"), "プロダクトマネージャー"),
           ("候補者: 鈴木一郎（QAエンジニア）", ("鈴木一郎", "鈴木 一郎"), "QAエンジニア"),
           ("Candidate: Kenji Sato – Product Manager", "Kenji Sato", "Product Manager"),
           ("Candidate: 李小龙 – Backend Engineer", "李小龙", BE),
           ("Candidate: Kim Min-jun – Backend Engineer", "Kim Min-jun", BE)],
}


def language_cases() -> list[Case]:
    out = []
    for lang, rows in LANG_SUBJECTS.items():
        for subject, name, role in rows:
            out.append(one("language", lang, subject, name, role, attachments=("CV.pdf",)))
    return out


def label(case: Case) -> str:
    """A case's name in KNOWN lists and bench output: its last mail's subject, its attachments and sender."""
    last = case.mails[-1]
    extra = "".join(f" [{a}]" for a in last.attachments) + ("" if last.frm == RITA else f" from {last.frm}")
    if last.to != (TO_MARIA,) or last.cc != (MAILER,):
        extra += f" to {', '.join(last.to)} cc {', '.join(last.cc) or '-'}"
    if len(case.mails) > 1:
        extra += f" after {len(case.mails) - 1}: {' '.join(last.body.split())[:40]}"
    return f"{case.family}/{case.lang}: {last.subject}{extra}"


def cases() -> list[Case]:
    return (subject_cases() + filename_cases() + ats_cases() + managers_cases() + thread_cases() + several_cases()
            + negative_cases() + language_cases())


def build(case: Case) -> list[bytes]:
    """The case's mails as raw bytes, built with the email package, one minute apart from NOW."""
    from email.message import EmailMessage
    from email.utils import format_datetime

    raws, ids, chains = [], [], []
    for i, mail in enumerate(case.mails):
        msg = EmailMessage()
        msg["From"] = mail.frm
        msg["To"] = ", ".join(mail.to)
        if mail.cc:
            msg["Cc"] = ", ".join(mail.cc)
        msg["Subject"] = mail.subject
        msg["Date"] = format_datetime(NOW - timedelta(hours=len(case.mails) - i))
        digest = hashlib.sha1(f"{case.family}|{mail.subject}|{mail.body}|{i}".encode()).hexdigest()[:12]
        mid = f"<case{digest}.{i}@acme.test>"
        msg["Message-ID"] = mid
        ids.append(mid)
        if mail.reply_to_mail is not None:  # References: the whole chain, as RFC 5322 asks and clients do
            msg["In-Reply-To"] = ids[mail.reply_to_mail]
            if mail.references:
                msg["References"] = " ".join(chains[mail.reply_to_mail] + [ids[mail.reply_to_mail]])
        chains.append(chains[mail.reply_to_mail] + [ids[mail.reply_to_mail]] if mail.reply_to_mail is not None else [])
        for name, value in mail.headers:
            msg[name] = value
        if mail.html:
            msg.set_content("<html><body>" + mail.body.replace("\n", "<br>\n") + "</body></html>", subtype="html")
        else:
            msg.set_content(mail.body)
        if mail.calendar:
            ics = ("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nSUMMARY:" + mail.subject[:60] +
                   "\r\nDTSTART:20261208T140000Z\r\nDTEND:20261208T150000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            msg.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"})
        for name in mail.attachments:
            maintype, subtype = (("image", "png") if name.lower().endswith(".png") else
                                 ("image", "jpeg") if name.lower().endswith(".jpg") else ("application", "pdf"))
            msg.add_attachment(b"%PDF-1.4 not really\n", maintype=maintype, subtype=subtype, filename=name)
        raws.append(bytes(msg))
    return raws


def reading(case: Case) -> list[tuple[str, str, str]]:
    """Every submission the state holds after the case's mails went through the daemon's path for a new mail
    (ingest_raw: parse, classify, record), as (manager, candidate, role). Imported here so bench/submissions.py
    --code DIR reads with the mailer it put first."""
    from helpers import make_config
    from mailer.compose import environment
    from mailer.ingest import IngestReport, ingest_raw
    from mailer.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        config = make_config(Path(tmp), recruiters=[("rita@acme.test", "Rita Recruiter", "maria@acme.test"),
                                                    ("sam@acme.test", "Sam Sourcer", None)])
        store = Store(Path(tmp) / "state.db")
        env = environment(config.templates)
        report = IngestReport()
        for uid, raw in enumerate(build(case), start=1):
            with store.transaction():
                ingest_raw(store, config, env, raw, "INBOX", uid, NOW + timedelta(minutes=uid), report)
        got = [(s.manager, s.candidate, s.role or "") for s in store.all_submissions()]
        store.close()
    return got


_TAGS = re.compile(r"^\s*(?:(?:re|fwd?|aw|wg|tr|rv|i|enc|pd|sv|antw|doorst|転送|返信)\s*:\s*|\[[^\]]*\]\s*|external\s*:\s*)+",
                   re.IGNORECASE)


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def _name_ok(got: str, names: tuple[str, ...], subject: str) -> str:
    """"right", "partial" (the subject as the name where the mail named the candidate) or "" (garbled)."""
    if _norm(got) in {_norm(n) for n in names if n != SUBJECT}:
        return "right"
    if _norm(got) == _norm(_TAGS.sub("", subject)):
        return "right" if names[0] == SUBJECT else "partial" if SUBJECT in names else ""
    return ""


def judge(case: Case, got: list[tuple[str, str, str]]) -> tuple[str, str]:
    """(outcome, why) for what the state holds: "right", "partial", "missed" or "wrong"."""
    subject = next((m.subject for m in case.mails if m.frm in (RITA, SAM)), case.mails[0].subject)
    left = list(got)
    outcomes, why = [], []
    for manager, names, roles in case.want:
        match = next((g for g in left if g[0] == manager and _name_ok(g[1], names, subject)), None)
        if match is None:
            outcomes.append("missed")
            why.append(f"missed {manager.split('@')[0]}: {names[0]}")
            continue
        left.remove(match)
        name = _name_ok(match[1], names, subject)
        if _norm(match[2]) in {_norm(r) for r in roles}:
            outcomes.append(name)
        elif not match[2]:
            outcomes.append("partial")
            why.append(f"role lost: {match[1]!r}")
        else:
            outcomes.append("wrong")
            why.append(f"role {match[2]!r} for {match[1]!r}")
        if name == "partial":
            why.append(f"subject as the name: {match[1]!r}")
    for extra in left:
        outcomes.append("wrong")
        why.append(f"extra {extra[0].split('@')[0]}: {extra[1]!r} / {extra[2]!r}")
    for worst in ("wrong", "missed", "partial"):
        if worst in outcomes:
            return worst, "; ".join(why)
    return "right", ""
