"""Rebuild the .eml files and both labels.tsv files here from SOURCES (run once by hand; nothing reads this at
test time, and the files are never read at run time).

Every mail is real: an out-of-office notice (or a person writing about an absence) that a third party published in
an email data set (a spam/ham corpus, a mail archive committed as data) or in the test fixtures of mail software.
Files are copied byte for byte from `git show COMMIT:PATH` of a local mirror (`--mirror DIR`, one `owner+name/repo`
per repository, as the search tools' `fetch` lays them out). Personal addresses the source left in place are
replaced (REDACT), nothing else is rewritten.

Which files are held out is decided by `rebuild.held_out`, from the file name alone.

Usage: python tests/data/ooo_sets/make.py --mirror /work/.mirror
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: the shared rebuild module sits one folder up
from rebuild import Split, blob_url, git_show, mirror_argument, replace_listed  # noqa: E402

HELDOUT = HERE.parent / "heldout" / "ooo_sets"

SPAMASSASSIN = ("stdlib-js/datasets-spam-assassin", "1b84d49ab4b28092ead009b3ceeb67ae525289d1")
BMH = ("instaclick/PHPMailer-BMH", "018e29cd8c61233febc06dd1d034611feb65a603")
# cfortune/PHP-Bounce-Handler at the head of its pull request 17 ("start to anonymize example emails"): the
# vacation replies it collected in September 2014 (eml/vac*.eml), which its master branch never took in.
PBH = ("cfortune/PHP-Bounce-Handler", "73fef36f0278459f752b5ed08baf144ac9f7a798")
# sisimai/set-of-emails as of 2 May 2017: two vacation replies its later history replaced by other samples (the
# current rfc3834-04 and -06, different mails, are in tests/data/corpus already).
SISIMAI_2017 = ("sisimai/set-of-emails", "99a5a68af29214edb2b1507e8faafae29b0a72b2")


# (file, (repo, commit), path, is_ooo, language, return_date, source, headers, note)
SOURCES = [
    ("sa-easyham-infinetivity-until-monday.eml", SPAMASSASSIN,
     "data/easy-ham-1/00033.2ceb520d2c6500ccf24357f2ebdce618.txt",
     "1", "en", "2002-08-27", "spamassassin_public_corpus", "real",
     'sendmail-side responder answering a list post, subject "Re: <the sender\'s own address>", no auto-reply header, '
     'sent Thu 22 Aug 2002 -0500: "This is an automated response ... I will be out of the office until Monday, '
     'August 26 2002": until X, away through it (README rule 2); address redacted'),
    ("sa-ilug-lotus-dermot-beirne.eml", SPAMASSASSIN,
     "data/easy-ham-2/00213.8b921d7940c5b2ac05892b648bd77231.txt",
     "1", "en", "2002-08-06", "spamassassin_public_corpus", "real",
     'Lotus Notes 5 answering the ILUG list, subject "[ILUG] Dermot Beirne/Dublin/IE/Exel is out of the office.", '
     'sent 2 Aug 2002 +0100: "starting 02/08/2002 and will not return until 06/08/2002" and "until Tuesday 6th '
     'August": will not return until X is the first day back (rule 1), day-first; the corpus holds two more copies '
     "(easy-ham-2/00236, 00243), left out; address redacted"),
    ("sa-satalk-lotus-terry-ryan.eml", SPAMASSASSIN,
     "data/easy-ham-2/01313.92d3b0f5d2597eb916ec1862e1c96c44.txt",
     "1", "en", "2002-07-29", "spamassassin_public_corpus", "real",
     'Lotus Notes 5 answering the spamassassin-talk list, subject "[SAtalk] Terry Ryan/Chesco is out of the office.", '
     'sent 24 Jul 2002 -0400: "starting 07/20/2002 and will not return until 07/29/2002" (month-first: 20 and 29 '
     "are no months): the first day back (rule 1); address redacted"),
    ("sa-ilug-social-human-on-lotus-notice.eml", SPAMASSASSIN,
     "data/easy-ham-2/00044.1ed173a136e8d0494533ebbf203d8722.txt",
     "0", "en", "", "spamassassin_public_corpus", "real",
     'a person (kevin lyda) answering the Lotus notice above on ILUG-Social, subject "[ILUG-Social] Re: [ILUG] Dermot '
     'Beirne/Dublin/IE/Exel is out of the office.", quoting "I will be out of the office starting 02/08/2002 and will '
     'not return until 06/08/2002" and mocking its disclaimer: a person\'s mail about an absence; it came through the '
     'list, whose Mailman added "Precedence: bulk"; addresses redacted'),
    ("pbh-vac2-sfr-sieve-a-bientot.eml", PBH, "eml/vac2.eml",
     "1", "fr", "", "php_bounce_handler_vacation", "real",
     'CMU Sieve vacation reply from a French ISP (SFR), "Auto: Original Subject", Auto-Submitted: auto-replied '
     '(vacation), Return-Path <>; the whole text is "A bientôt....": a French notice with no date'),
    ("pbh-vac3-lotus-returning.eml", PBH, "eml/vac3.eml",
     "1", "en", "2014-09-18", "php_bounce_handler_vacation", "real",
     'Lotus Notes "AUTO: The User is out of the office (returning 09/18/2014)", sent 16 Sep 2014 -0400: "out of the '
     'office until 09/18/2014" and "back on Sep 18 in the afternoon": back on X wins (rule 1); names anonymised by '
     "the source"),
    ("pbh-vac4-stale-returning-monday.eml", PBH, "eml/vac4.eml",
     "1", "en", "", "php_bounce_handler_vacation", "real",
     'a responder left on after the absence: "out of the office Friday 12th September returning on Monday 15th '
     'September", sent Tue 16 Sep 2014 +0200 (base64 body): the only day stated lies before the mail was sent and '
     "a year-less date is never read into next year (rule 3): no usable date"),
    ("pbh-vac5-returning-tuesday.eml", PBH, "eml/vac5.eml",
     "1", "en", "2014-09-23", "php_bounce_handler_vacation", "real",
     'X-Autorespond / Precedence: auto_reply, sent 16 Sep 2014 -0600: "on vacation from Monday September 8th, '
     'returning Tuesday September 23rd": returning X is the first day back (rule 1)'),
    ("pbh-vac6-gmail-vacation-alert.eml", PBH, "eml/vac6.eml",
     "1", "en", "2014-09-22", "php_bounce_handler_vacation", "real",
     'Gmail vacation responder "Vacation Alert! Re: ...", sent 16 Sep 2014 -0700, quoted-printable HTML: "from '
     'Friday September 5th until Sunday, September 21st, back in the office on Monday, September 22nd": back on X '
     "wins (rule 1)"),
    ("pbh-vac7-currently-on-vacation.eml", PBH, "eml/vac7.eml",
     "1", "en", "", "php_bounce_handler_vacation", "real",
     '"I\'m away from my mail", Auto-Submitted: auto-replied (vacation): "I am currently on vacation": no date'),
    ("sisimai-2017-zimbra-pt-estarei-ausente.eml", SISIMAI_2017, "maildir/bsd/rfc3834-06.eml",
     "1", "pt", "2017-03-13", "sisimai_set_of_emails_history", "real",
     'Brazilian Zimbra 8.6 vacation reply (Auto-Submitted: auto-replied (zimbra; vacation), Precedence: bulk), '
     'subject "Re: EXAMPLE", sent Fri 10 Feb 2017 -0200: "Estarei ausente do dia 08/02 até o dia 12/03": away through '
     "12 March (day-first, Portuguese), so back on 13 March (rule 2); names and addresses anonymised by the source "
     '("Kijitora", example.org)'),
    ("sisimai-2017-aol-away-until-december.eml", SISIMAI_2017, "maildir/bsd/rfc3834-04.eml",
     "1", "en", "2010-12-21", "sisimai_set_of_emails_history", "real",
     'AOL "Re:   Rose Bouquet Special (Automatic Response)" (Auto-Submitted: auto-replied), answering a florist\'s '
     'mailing, sent Wed 1 Dec 2010 EST: "I am away on vacation until December 20th and will return email at that '
     'time": until X, away through it (rule 2); the set held the same responder\'s answer to the "CORRECTED" mailing '
     "as rfc3834-05, left out; the sender's address redacted"),
    ("tmail-bouncer-exchange-out-of-office.eml", BMH, "test/fixtures/tmail_bouncer/out_of_office.eml",
     "1", "en", "2009-06-01", "tmail_bouncer_fixtures", "real",
     'Exchange "Out of Office: I like turtles" (Thread-Index, Content-Language en-US, base64 HTML body, Return-Path '
     '<>, no auto-reply header), sent Fri 29 May 2009 -0700: "away on vacation, Monday May 25 through May 29, 2009. '
     'I will be back in the office on June 1": back on X wins (rule 1); addresses already example.com in the source; '
     "a phone number left as the source has it"),
]

# Personal addresses the source left in place, replaced here (old bytes -> new bytes), per file.
REDACT = {
    "sisimai-2017-aol-away-until-december.eml": [(b"Uppercrustcook@", b"name.removed@"),
                                                  (b"uppercrustcook@", b"name.removed@")],
    "sa-easyham-infinetivity-until-monday.eml": [(b"hauns_froehlingsdorf@", b"name.removed@"),
                                                 (b"hfroehli@", b"name.removed@")],
    "sa-ilug-lotus-dermot-beirne.eml": [(b"Dermot.Beirne@", b"name.removed@")],
    "sa-satalk-lotus-terry-ryan.eml": [(b"terry@ccis.net", b"name.removed@ccis.net")],
    "sa-ilug-social-human-on-lotus-notice.eml": [(b"kevin+dated+1028754135.038225@", b"name.removed@"),
                                                 (b"kevin@suberic.net", b"name.removed@suberic.net"),
                                                 (b"Dermot.Beirne@", b"name.removed@")],
}


def main() -> None:
    mirror = mirror_argument()
    split = Split(HERE, HELDOUT)
    for name, (repo, commit), path, is_ooo, lang, back, source, headers, note in SOURCES:
        mail = replace_listed(name, git_show(mirror, repo, commit, path), REDACT.get(name, []))
        split.add(name, mail, is_ooo, lang, back, source, headers, blob_url(repo, commit, path), note)
    split.write_labels()


if __name__ == "__main__":
    main()
