"""Rebuild the ninth sample of list-archive replies (`berlios_lists4/`) here and in ../heldout/replies from a local
mirror (run once by hand; nothing reads this at test time, and the files are never read at run time).

Every mail is a real reply a person sent to a public BerliOS mailing list not used by the earlier samples: German
(jverein-mailliste, a club-management program's list; deepamehta-verein, the DeepaMehta association's list), Russian
(los-angeles-devel-ru, a Linux distribution's developers, KMail attributions), French (ometah-devel, Evolution
attributions), and English written under Slovenian ("X pravi:"), French and German clients' attributions
(jimmyim-user, maay-dev, delilinux-user). Each is cut out of the list's pipermail text archive by its Message-ID and
redacted as `make_list_archives3.py` does: the archive's separator line is dropped, the local part of every address
becomes `name.removed`, and the phone and fax numbers under one name are masked.

Which half a file goes to is decided by its name alone, before anything was measured: held out when the first byte
of SHA-256 of `<source>/<file name>` is even (the rule of ../heldout/README.md). The reply-text labels live in each
half's expected.json, written by hand from the files.

Usage: python tests/data/replies/make_list_archives4.py --mirror /work/.mirror
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # run as a script: the shared rebuild module sits one folder up
sys.path.insert(0, str(HERE))
from make_list_archives import HELDOUT, held_out  # noqa: E402
from rebuild import git_show, mirror_argument, pipermail_message, redact_addresses, replace_listed  # noqa: E402

SOURCE = "berlios_lists4"
# repository -> commit holding the archive files
ARCHIVES = {
    "BackupTheBerlios/jverein-mailliste-maillist": "50e511cc70696ad9c42754ee330edf2c0b8f6c5f",
    "BackupTheBerlios/deepamehta-verein-maillist": "6db9bd93f21cd6e061591c557e15ca4828e2ab58",
    "BackupTheBerlios/jimmyim-user-maillist": "ea07c34ee925302522509888b5f8d1c6a5fa1b37",
    "BackupTheBerlios/los-angeles-devel-ru-maillist": "71ca8a82c96900a5b02117fd749dcca2b7d6f677",
    "BackupTheBerlios/maay-dev-maillist": "9cd3224033f8e9ac49b396269d405c520ad1e99d",
    "BackupTheBerlios/ometah-devel-maillist": "618685f83307cb2f25220f6a97f9edc28f584b52",
    "BackupTheBerlios/delilinux-user-maillist": "a1696765d1d36601f462c020961e54313960c4a0",
}

# (file, repository, archive path, Message-ID)
ROWS = [
    ('jverein-mailliste-2008-08-36b9ab38.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2008-August.txt',
     '<48BAB385.8010908@jost-net.de>'),
    ('jverein-mailliste-2008-12-bbf39a12.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2008-December.txt',
     '<200812212358.25890.hibiscus@willuhn.de>'),
    ('jverein-mailliste-2008-07-6de83e00.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2008-July.txt',
     '<200807101030.37642.hibiscus@willuhn.de>'),
    ('jverein-mailliste-2008-07-6d2a2eac.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2008-July.txt',
     '<200807101206.49184.hibiscus@willuhn.de>'),
    ('jverein-mailliste-2009-08-68678803.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-August.txt',
     '<200908170036.53072.hibiscus@willuhn.de>'),
    ('jverein-mailliste-2009-01-c5638b5a.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-January.txt',
     '<497E15A8.9030201@jost-net.de>'),
    ('jverein-mailliste-2009-06-b8e69190.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-June.txt',
     '<4A30D7F0.3010609@jost-net.de>'),
    ('jverein-mailliste-2009-06-3464271d.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-June.txt',
     '<200906211421.11151.ansgar.schrage@bigfoot.com>'),
    ('jverein-mailliste-2009-06-45ed03a6.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-June.txt',
     '<71bab5a0906220550t4d99a540l9651a37af495c2e5@mail.gmail.com>'),
    ('jverein-mailliste-2009-06-6770ab22.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-June.txt',
     '<200906241222.08103.hibiscus@willuhn.de>'),
    ('jverein-mailliste-2009-05-674943c9.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-May.txt',
     '<200905260027.29582.ansgar.schrage@bigfoot.com>'),
    ('jverein-mailliste-2009-11-56e630e2.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-November.txt',
     '<4B0AB1AC.6090001@jost-net.de>'),
    ('jverein-mailliste-2009-10-b1b5ae3c.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-October.txt',
     '<4AD8625B.2000607@gmx.at>'),
    ('jverein-mailliste-2009-10-bc4fd118.eml', 'BackupTheBerlios/jverein-mailliste-maillist', '2009-October.txt',
     '<4ADDF220.9070101@jost-net.de>'),
    ('deepamehta-verein-2009-08-1e47804a.eml', 'BackupTheBerlios/deepamehta-verein-maillist', '2009-August.txt.gz',
     '<1249320672.13745.118.camel@spin>'),
    ('deepamehta-verein-2009-02-b59eadf0.eml', 'BackupTheBerlios/deepamehta-verein-maillist', '2009-February.txt.gz',
     '<1233593597.7248.22.camel@ursX61s>'),
    ('deepamehta-verein-2009-02-4592a368.eml', 'BackupTheBerlios/deepamehta-verein-maillist', '2009-February.txt.gz',
     '<1234735975.7304.19.camel@ursX61s>'),
    ('deepamehta-verein-2009-01-ab8b562d.eml', 'BackupTheBerlios/deepamehta-verein-maillist', '2009-January.txt.gz',
     '<495F5AE1.9070507@deepamehta.de>'),
    ('deepamehta-verein-2009-01-eae9a8e0.eml', 'BackupTheBerlios/deepamehta-verein-maillist', '2009-January.txt.gz',
     '<496B9950.7040007@deepamehta.de>'),
    ('deepamehta-verein-2009-01-9f7d4bbe.eml', 'BackupTheBerlios/deepamehta-verein-maillist', '2009-January.txt.gz',
     '<1231790201.7101.18.camel@ursX61s>'),
    ('deepamehta-verein-2010-06-1609a3be.eml', 'BackupTheBerlios/deepamehta-verein-maillist', '2010-June.txt.gz',
     '<1276192040.1823.329.camel@smpb>'),
    ('deepamehta-verein-2013-12-04a9441f.eml', 'BackupTheBerlios/deepamehta-verein-maillist', '2013-December.txt.gz',
     '<52AF03A6.9070902@deepamehta.de>'),
    ('deepamehta-verein-2013-12-35d44e89.eml', 'BackupTheBerlios/deepamehta-verein-maillist', '2013-December.txt.gz',
     '<52B1C1A0.2020202@deepamehta.de>'),
    ('jimmyim-user-2006-10-336af61e.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2006-October.txt.gz',
     '<8cf12d460610050703x6f19b178h32265438f3bec975@mail.gmail.com>'),
    ('jimmyim-user-2006-10-bcaf3017.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2006-October.txt.gz',
     '<Pine.LNX.4.64.0610211823240.16952@mail.nilings.se>'),
    ('jimmyim-user-2006-10-23964641.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2006-October.txt.gz',
     '<8cf12d460610211059u701ab78atde397583c11cbd20@mail.gmail.com>'),
    ('jimmyim-user-2006-10-4ab22fda.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2006-October.txt.gz',
     '<Pine.LNX.4.64.0610211948020.16952@mail.nilings.se>'),
    ('jimmyim-user-2006-10-260905bf.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2006-October.txt.gz',
     '<453A63EC.20608@gmail.com>'),
    ('jimmyim-user-2006-10-dcc16e24.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2006-October.txt.gz',
     '<Pine.LNX.4.64.0610212052240.16952@mail.nilings.se>'),
    ('jimmyim-user-2006-10-b70bf2d3.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2006-October.txt.gz',
     '<453A776E.7010709@gmail.com>'),
    ('jimmyim-user-2006-10-b764b068.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2006-October.txt.gz',
     '<Pine.LNX.4.64.0610212134250.16952@mail.nilings.se>'),
    ('jimmyim-user-2006-10-bd36a39b.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2006-October.txt.gz',
     '<3568adfc0610230240y76c15249l85014806ad1e33e7@mail.gmail.com>'),
    ('jimmyim-user-2007-02-447dfd90.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2007-February.txt.gz',
     '<45C1BBD7.4080605@gmail.com>'),
    ('jimmyim-user-2007-02-22b33575.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2007-February.txt.gz',
     '<45CBA371.2020205@guest.arnes.si>'),
    ('jimmyim-user-2007-01-ce4265d2.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2007-January.txt.gz',
     '<3568adfc0701300410j3501803bpf56af7fe419c16ca@mail.gmail.com>'),
    ('jimmyim-user-2007-10-4819b5e1.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2007-October.txt.gz',
     '<8cf12d460710041135y624f4b2ejcc366fb4e3e32c49@mail.gmail.com>'),
    ('jimmyim-user-2007-10-552da716.eml', 'BackupTheBerlios/jimmyim-user-maillist', '2007-October.txt.gz',
     '<8cf12d460710041153w308ad010o9c674f320537d415@mail.gmail.com>'),
    ('los-angeles-devel-ru-2005-03-72b86949.eml', 'BackupTheBerlios/los-angeles-devel-ru-maillist', '2005-March.txt',
     '<200503031642.44609.icesik@mail.ru>'),
    ('los-angeles-devel-ru-2005-03-af4e8996.eml', 'BackupTheBerlios/los-angeles-devel-ru-maillist', '2005-March.txt',
     '<200503040021.53621.icesik@mail.ru>'),
    ('los-angeles-devel-ru-2005-03-61455104.eml', 'BackupTheBerlios/los-angeles-devel-ru-maillist', '2005-March.txt',
     '<200503040146.31651.icesik@mail.ru>'),
    ('los-angeles-devel-ru-2005-03-4e1da099.eml', 'BackupTheBerlios/los-angeles-devel-ru-maillist', '2005-March.txt',
     '<200503041237.08054.Sysadmin@online.dn.ua>'),
    ('los-angeles-devel-ru-2005-03-23401d1c.eml', 'BackupTheBerlios/los-angeles-devel-ru-maillist', '2005-March.txt',
     '<200503041545.20044.icesik@mail.ru>'),
    ('los-angeles-devel-ru-2005-03-c3e4f28f.eml', 'BackupTheBerlios/los-angeles-devel-ru-maillist', '2005-March.txt',
     '<200503041607.02689.icesik@mail.ru>'),
    ('los-angeles-devel-ru-2005-03-df92e51b.eml', 'BackupTheBerlios/los-angeles-devel-ru-maillist', '2005-March.txt',
     '<200503062216.41308.icesik@mail.ru>'),
    ('maay-dev-2005-11-0bd3c3bb.eml', 'BackupTheBerlios/maay-dev-maillist', '2005-November.txt',
     '<20051103173941.GB1224@logilab.fr>'),
    ('maay-dev-2005-11-1b2268af.eml', 'BackupTheBerlios/maay-dev-maillist', '2005-November.txt',
     '<20051104101012.GD1219@logilab.fr>'),
    ('maay-dev-2005-11-a1b0a411.eml', 'BackupTheBerlios/maay-dev-maillist', '2005-November.txt',
     '<20051107084501.GA3916@logilab.fr>'),
    ('maay-dev-2005-11-6a9e0149.eml', 'BackupTheBerlios/maay-dev-maillist', '2005-November.txt',
     '<35cde7700511080818s6f856d9bsa9d0956d4613e116@mail.gmail.com>'),
    ('maay-dev-2005-11-80be2a77.eml', 'BackupTheBerlios/maay-dev-maillist', '2005-November.txt',
     '<20051108180318.GN29185@crater.logilab.fr>'),
    ('maay-dev-2005-11-447f7934.eml', 'BackupTheBerlios/maay-dev-maillist', '2005-November.txt',
     '<35cde7700511160750i73f2a8edt1175300ee662fa48@mail.gmail.com>'),
    ('maay-dev-2005-11-79ae1602.eml', 'BackupTheBerlios/maay-dev-maillist', '2005-November.txt',
     '<20051121182200.GB1229@logilab.fr>'),
    ('maay-dev-2005-11-a380d821.eml', 'BackupTheBerlios/maay-dev-maillist', '2005-November.txt',
     '<437de8500511230341v10c0e097v101fb3e007f7f971@mail.gmail.com>'),
    ('ometah-devel-2006-01-8720b2b0.eml', 'BackupTheBerlios/ometah-devel-maillist', '2006-January.txt',
     '<1138035922.10261.14.camel@localhost.localdomain>'),
    ('ometah-devel-2006-01-7dea954a.eml', 'BackupTheBerlios/ometah-devel-maillist', '2006-January.txt',
     '<a235f0e70601231156q3af992d3iec86a98b4799d177@mail.gmail.com>'),
    ('ometah-devel-2006-01-89d69e05.eml', 'BackupTheBerlios/ometah-devel-maillist', '2006-January.txt',
     '<1138133561.11401.2.camel@localhost.localdomain>'),
    ('delilinux-user-2007-04-30eeb8a2.eml', 'BackupTheBerlios/delilinux-user-maillist', '2007-April.txt',
     '<200704162240.47916.znnse@schlagzeug>'),
    ('delilinux-user-2007-02-5ca2c6da.eml', 'BackupTheBerlios/delilinux-user-maillist', '2007-February.txt',
     '<b02c40e90702111056u3f5348a9g4931be0cc65af14a@mail.gmail.com>'),
    ('delilinux-user-2007-02-767393d8.eml', 'BackupTheBerlios/delilinux-user-maillist', '2007-February.txt',
     '<20070212111922.GA85@jensen.local>'),
    ('delilinux-user-2007-01-a7a9a8cd.eml', 'BackupTheBerlios/delilinux-user-maillist', '2007-January.txt',
     '<20070129065714.GA114@jensen.local>'),
    ('delilinux-user-2007-03-899edd09.eml', 'BackupTheBerlios/delilinux-user-maillist', '2007-March.txt',
     '<4234d39f0703291943x651932ja2f020b7f8966e30@mail.gmail.com>'),
    ('delilinux-user-2007-10-b1b77a45.eml', 'BackupTheBerlios/delilinux-user-maillist', '2007-October.txt',
     '<471CE28D.5020301@ve7hex.ampr.org>'),
    ('delilinux-user-2007-10-ceb131bd.eml', 'BackupTheBerlios/delilinux-user-maillist', '2007-October.txt',
     '<471CF40F.3080700@ve7hex.ampr.org>'),
]

SEPARATOR = re.compile(rb"^From \S+(?: at \S+)? +\w{3} \w{3} +\d+ [\d:]+ \d{4}\n", re.M)
FROM_HEADER = re.compile(rb"^From: [^ \n]+ at ([^ \n]+)", re.M)
FROM_LINE = re.compile(rb"^(?:From|Subject): .*", re.M)
BODY_ADDRESS = re.compile(rb"\b[\w.+-]+(?P<at> at |@)(?P<domain>[\w-]+(?:\.[\w-]+)*"
                          rb"\.(?:com|org|net|edu|gov|info|biz|[a-z]{2}))\b")

# (old bytes, new bytes) per file, applied after the address pattern: phone numbers, and prose the pattern took for an
# address
REPLACEMENTS: dict[str, list[tuple[bytes, bytes]]] = {
    "deepamehta-verein-2009-01-9f7d4bbe.eml": [(b"+49 152 25600680", b"+49 152 xxxxxxxx"),
                                               (b"+49 30 31422070", b"+49 30 xxxxxxxx")],
    "deepamehta-verein-2010-06-1609a3be.eml": [(b"01803-663388-72229", b"01803-xxxxxx-xxxxx"),
                                               (b"030-42800182", b"030-xxxxxxxx")],
}


def main() -> None:
    mirror = mirror_argument()
    months: dict[tuple[str, str], bytes] = {}
    for name, repo, path, message_id in ROWS:
        if (repo, path) not in months:
            raw = git_show(mirror, repo, ARCHIVES[repo], path)
            months[repo, path] = gzip.decompress(raw) if path.endswith(".gz") else raw
        mail = pipermail_message(months[repo, path], message_id, SEPARATOR)
        mail = redact_addresses(mail, FROM_HEADER, FROM_LINE, BODY_ADDRESS)
        mail = replace_listed(name, mail, REPLACEMENTS.get(name, []))
        folder = (HELDOUT if held_out(SOURCE, name) else HERE) / SOURCE
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(mail)


if __name__ == "__main__":
    main()
