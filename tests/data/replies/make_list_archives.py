"""Rebuild the list-archive reply cases (`r_help_es/`, `berlios_lists/`) here and in ../heldout/replies from a
local mirror (run once by hand; nothing reads this at test time, and the files are never read at run time).

Every mail is a real reply a person sent to a public mailing list, in Spanish (the R Project's r-help-es list),
German (hibiscus-devel, BerliOS) or French (jelix-public, BerliOS), cut out of the list's pipermail text archive
by its Message-ID, as `../../ooo_lists/make.py` does: the archive's separator line is mbox framing and is dropped,
the rest is copied byte for byte except that the local part of every address becomes `name.removed` (the From
header's "x at y" / "x en y" also gets "@" so it parses) and the personal phone numbers in PHONES are masked.

Which half a file goes to is decided by its name alone, before anything was measured: held out when the first byte
of SHA-256 of `<source>/<file name>` is even (the rule of ../heldout/README.md). The reply-text labels live in each
half's expected.json, written by hand from the files.

Usage: python tests/data/replies/make_list_archives.py --mirror /work/.mirror
"""

from __future__ import annotations

import gzip
import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: the shared rebuild module sits one folder up
from rebuild import git_show, mirror_argument, pipermail_message, redact_addresses, replace_listed  # noqa: E402

HELDOUT = HERE.parent / "heldout" / "replies"
# repository -> (source folder, commit holding the archive files)
ARCHIVES = {
    "r-mailing-lists/r-help-es": ("r_help_es", "06d9c756291ba91d57f50e350a737e69691300e1"),
    "BackupTheBerlios/hibiscus-devel-maillist": ("berlios_lists", "09f86c0f0d378326e9955071ac9f234c9eac5772"),
    "BackupTheBerlios/jelix-public-maillist": ("berlios_lists", "74e4b20a29e22d0d2efcc872006e9f2b2a45cb38"),
}

# (file, repository, archive path, Message-ID)
ROWS = [
    ('r-help-es-2016-07-a5dc0467.eml', 'r-mailing-lists/r-help-es', 'raw/2016-July.mbox',
     '<CAOKbq8gwm=JQ0jGBOV3YYzKtzyVY+rfSGvhV5XS1Zf-AzMN-FQ@mail.gmail.com>'),
    ('r-help-es-2016-06-e037b456.eml', 'r-mailing-lists/r-help-es', 'raw/2016-June.mbox',
     '<001101d1c4ac$0882bda0$198838e0$@com>'),
    ('r-help-es-2018-02-f48c3105.eml', 'r-mailing-lists/r-help-es', 'raw/2018-February.mbox',
     '<DB6PR0801MB17177521AAEEE37C3DB37C4ECCC70@DB6PR0801MB1717.eurprd08.prod.outlook.com>'),
    ('r-help-es-2017-06-9261015c.eml', 'r-mailing-lists/r-help-es', 'raw/2017-June.mbox',
     '<ad63d1ec-89fd-0cc2-f660-932c09271c4a@um.es>'),
    ('r-help-es-2015-11-be9573d7.eml', 'r-mailing-lists/r-help-es', 'raw/2015-November.mbox',
     '<CAJhxDDtFeYHzbkRO1v3iXZmack8qxWSftGTi5PPPzM=phQNi6w@mail.gmail.com>'),
    ('r-help-es-2017-10-d2bfec97.eml', 'r-mailing-lists/r-help-es', 'raw/2017-October.mbox',
     '<93779082054a19e2f098f1f482e175ed.squirrel@webmail.unavarra.es>'),
    ('r-help-es-2016-07-953b8902.eml', 'r-mailing-lists/r-help-es', 'raw/2016-July.mbox',
     '<577c369f.46a01f0a.f5523.4ba2@mx.google.com>'),
    ('r-help-es-2010-01-6e9e3e90.eml', 'r-mailing-lists/r-help-es', 'raw/2010-January.mbox',
     '<624934631001190347q171c4395pb34f270460c2664f@mail.gmail.com>'),
    ('r-help-es-2015-11-e4f54bec.eml', 'r-mailing-lists/r-help-es', 'raw/2015-November.mbox',
     '<CAJ3Ot=aKds3ch-FJVymPQ2Y214a1s6=-rtwzAvhsgzeWNF-cqQ@mail.gmail.com>'),
    ('r-help-es-2009-11-6ab127b8.eml', 'r-mailing-lists/r-help-es', 'raw/2009-November.mbox',
     '<203A1BFB-15A1-4273-9BEF-A05B6B62F450@iberstat.es>'),
    ('r-help-es-2013-11-5e998576.eml', 'r-mailing-lists/r-help-es', 'raw/2013-November.mbox',
     '<001801cee5c8$9ce02c00$d6a08400$@es>'),
    ('r-help-es-2012-03-96aa16b1.eml', 'r-mailing-lists/r-help-es', 'raw/2012-March.mbox',
     '<E608E49958C64C31B0180EEBEE46166E@JavierMarcuzzi>'),
    ('r-help-es-2015-12-751bf905.eml', 'r-mailing-lists/r-help-es', 'raw/2015-December.mbox',
     '<568126bb.44fd8c0a.23ef2.ffffe47f@mx.google.com>'),
    ('r-help-es-2014-11-8f59b581.eml', 'r-mailing-lists/r-help-es', 'raw/2014-November.mbox',
     '<545B88F4.2000501@gmail.com>'),
    ('r-help-es-2017-01-25f86b32.eml', 'r-mailing-lists/r-help-es', 'raw/2017-January.mbox',
     '<AM5PR0802MB257751121C5D0B05CEF0C7CDCC710@AM5PR0802MB2577.eurprd08.prod.outlook.com>'),
    ('r-help-es-2014-11-6d08ffb5.eml', 'r-mailing-lists/r-help-es', 'raw/2014-November.mbox',
     '<000001cffdc9$05d06130$11712390$@es>'),
    ('r-help-es-2011-09-7cbc2456.eml', 'r-mailing-lists/r-help-es', 'raw/2011-September.mbox',
     '<20110902165108.yeb13hpjhckocsc0@webcartero01.uc3m.es>'),
    ('r-help-es-2015-08-894f00db.eml', 'r-mailing-lists/r-help-es', 'raw/2015-August.mbox',
     '<55C3515B.30000@gmail.com>'),
    ('r-help-es-2015-05-d6bd0733.eml', 'r-mailing-lists/r-help-es', 'raw/2015-May.mbox',
     '<CAOKbq8hY0gQbekN99ixaXv2CbW9jGwj-xpz8TqAz7uNKy3Z58Q@mail.gmail.com>'),
    ('r-help-es-2011-02-65bc8259.eml', 'r-mailing-lists/r-help-es', 'raw/2011-February.mbox',
     '<F03DC330-857D-4325-BA91-EC6EB54D2E15@iberstat.es>'),
    ('r-help-es-2017-06-5d87bb86.eml', 'r-mailing-lists/r-help-es', 'raw/2017-June.mbox',
     '<CAOKbq8h_3xE3O_AgQ8W3Z7wj3ELCDaifCodAp2jQiZU==X6SRg@mail.gmail.com>'),
    ('r-help-es-2013-05-1ac83928.eml', 'r-mailing-lists/r-help-es', 'raw/2013-May.mbox',
     '<51879ED3.9000508@gmail.com>'),
    ('hibiscus-devel-2012-01-dfbfe702.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2012-January.txt.gz',
     '<4F0DA5C8.1060109@federa.firma.cc>'),
    ('hibiscus-devel-2007-04-24b6c9a0.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2007-April.txt.gz',
     '<200704201045.43493.hibiscus@willuhn.de>'),
    ('hibiscus-devel-2007-02-a1d936ad.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2007-February.txt.gz',
     '<45D41EE6.4030005@jost-net.de>'),
    ('hibiscus-devel-2011-03-016b6470.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2011-March.txt.gz',
     '<4D750756.90101@willuhn.de>'),
    ('hibiscus-devel-2008-11-dfc7ef43.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2008-November.txt.gz',
     '<200811302235.28737.hibiscus@willuhn.de>'),
    ('hibiscus-devel-2008-11-69b5a683.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2008-November.txt.gz',
     '<200811051339.40769.hibiscus@willuhn.de>'),
    ('hibiscus-devel-2010-10-ccffcd3c.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2010-October.txt.gz',
     '<4CAB9832.9050402@willuhn.de>'),
    ('hibiscus-devel-2007-05-f084289e.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2007-May.txt.gz',
     '<200705021323.31617.hibiscus@willuhn.de>'),
    ('hibiscus-devel-2010-05-6c5b1875.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2010-May.txt.gz',
     '<4BDDFA66.4070009@willuhn.de>'),
    ('hibiscus-devel-2009-02-68c959bc.eml', 'BackupTheBerlios/hibiscus-devel-maillist', '2009-February.txt.gz',
     '<200902161344.07581.hibiscus@willuhn.de>'),
    ('jelix-public-2006-01-41c517dd.eml', 'BackupTheBerlios/jelix-public-maillist', '2006-January.txt',
     '<200601090854.26412.giviz@pyronux.net>'),
    ('jelix-public-2007-02-c2b11e4b.eml', 'BackupTheBerlios/jelix-public-maillist', '2007-February.txt',
     '<45D82509.7020507@xulfr.org>'),
    ('jelix-public-2009-02-d77a7bba.eml', 'BackupTheBerlios/jelix-public-maillist', '2009-February.txt',
     '<38192f840902161120m6949e82cxa3974e70459e21a3@mail.gmail.com>'),
    ('jelix-public-2006-01-32da7501.eml', 'BackupTheBerlios/jelix-public-maillist', '2006-January.txt',
     '<43BB05FF.7060104@xulfr.org>'),
    ('jelix-public-2006-10-b4a7a395.eml', 'BackupTheBerlios/jelix-public-maillist', '2006-October.txt',
     '<453E1A5F.6020408@laposte.net>'),
    ('jelix-public-2007-02-2dcd220a.eml', 'BackupTheBerlios/jelix-public-maillist', '2007-February.txt',
     '<45D5728F.5040703@xulfr.org>'),
    ('jelix-public-2007-05-cd855cf8.eml', 'BackupTheBerlios/jelix-public-maillist', '2007-May.txt',
     '<4656FB0D.2010100@mathaud.net>'),
    ('jelix-public-2007-01-e0e74ed8.eml', 'BackupTheBerlios/jelix-public-maillist', '2007-January.txt',
     '<45A8BD8C.7070801@mathaud.net>'),
]

# Personal mobile numbers in signatures (old bytes -> new bytes), per file.
PHONES = {
    "r-help-es-2009-11-6ab127b8.eml": [(b"+34 663 03 69 09", b"+34 6xx xx xx xx")],
    "r-help-es-2011-02-65bc8259.eml": [(b"+34 663 03 69 09", b"+34 6xx xx xx xx")],
    "jelix-public-2009-02-d77a7bba.eml": [(b"06 82 65 49 30", b"06 xx xx xx xx")],
}

SEPARATOR = re.compile(rb"^From \S+(?: (?:at|en) \S+)? +\w{3} \w{3} +\d+ [\d:]+ \d{4}\n", re.M)
FROM_HEADER = re.compile(rb"^From: [^ \n]+ (?:at|en) ([^ \n]+)", re.M)
FROM_LINE = re.compile(rb"^(?:From|Subject): .*", re.M)
# "x en y.tld" only with a country or generic top-level domain, so Spanish prose ("en data.frame") is left alone
BODY_ADDRESS = re.compile(rb"\b[\w.+-]+(?P<at> at |@| - at - | en )(?P<domain>[\w-]+(?:\.[\w-]+)*"
                          rb"\.(?:com|org|net|edu|gov|info|biz|[a-z]{2}))\b")


def held_out(source: str, name: str) -> bool:
    return hashlib.sha256(f"{source}/{name}".encode()).digest()[0] % 2 == 0


def main() -> None:
    mirror = mirror_argument()
    months: dict[tuple[str, str], bytes] = {}
    for name, repo, path, message_id in ROWS:
        source, commit = ARCHIVES[repo]
        if (repo, path) not in months:
            month = git_show(mirror, repo, commit, path)
            months[repo, path] = gzip.decompress(month) if path.endswith(".gz") else month
        mail = pipermail_message(months[repo, path], message_id, SEPARATOR)
        mail = redact_addresses(mail, FROM_HEADER, FROM_LINE, BODY_ADDRESS)
        mail = replace_listed(name, mail, PHONES.get(name, []))
        folder = (HELDOUT if held_out(source, name) else HERE) / source
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(mail)


if __name__ == "__main__":
    main()
