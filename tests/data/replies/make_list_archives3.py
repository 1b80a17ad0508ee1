"""Rebuild the sixth sample of list-archive replies (`berlios_lists3/`) here and in ../heldout/replies from a local
mirror (run once by hand; nothing reads this at test time, and the files are never read at run time).

Every mail is a real reply a person sent to a public BerliOS mailing list: Brazilian Portuguese (gpt-usuarios and
gpt-devel, the G-Portugol compiler's lists), Italian (nnfw-users, a neural-network library's list) and English
written under Italian, Catalan, Polish and Dutch mail clients' attributions (tops-dev, soem-user, mrs-user). Each is
cut out of the list's pipermail text archive by its Message-ID and redacted as `make_list_archives.py` does, with
the Portuguese archive's "x em y" spelling of an address added: the archive's separator line is dropped, the local
part of every address becomes `name.removed`, two personal phone numbers are masked, and the two phrases the
address pattern took for addresses ("upload documentation at packages.python.org", "have a look at embl.pm") are
put back.

Which half a file goes to is decided by its name alone, before anything was measured: held out when the first byte
of SHA-256 of `<source>/<file name>` is even (the rule of ../heldout/README.md). The reply-text labels live in each
half's expected.json, written by hand from the files.

Usage: python tests/data/replies/make_list_archives3.py --mirror /work/.mirror
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

SOURCE = "berlios_lists3"
# repository -> commit holding the archive files
ARCHIVES = {
    "BackupTheBerlios/gpt-usuarios-maillist": "8e720e2c295b0b5f5c93df49e112cf495d53cdc6",
    "BackupTheBerlios/gpt-devel-maillist": "aa0b73dfeefa2bc2abbb883c1dc2ce2bb076c090",
    "BackupTheBerlios/nnfw-users-maillist": "69c040fd9661c8259a461b357af987917fa68907",
    "BackupTheBerlios/tops-dev-maillist": "3f44a23a7ca4b65277434cbc3e1a0950f2ac87cd",
    "BackupTheBerlios/soem-user-maillist": "4634aac56b891aeccd4f43c4a259f71e7e9555fc",
    "BackupTheBerlios/mrs-user-maillist": "8a8c421896b2c083fde0ed0d9af96f6158ce7828",
}

# (file, repository, archive path, Message-ID)
ROWS = [
    ('gpt-usuarios-2008-03-cf8fecff.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2008-March.txt.gz',
     '<92b9a8820803241146m778585b2k57733cc19dbfb555@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-519d8b19.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<76152eba0710171707g643758e1p8f32456212e84322@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-912c1669.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<92b9a8820710110904n76402c2m56287ef499d32ff6@mail.gmail.com>'),
    ('gpt-usuarios-2007-09-fd52c4c9.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-September.txt.gz',
     '<76152eba0709180950x7b87cfbbp274bf8c36e233bfb@mail.gmail.com>'),
    ('gpt-usuarios-2008-02-57a4b21a.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2008-February.txt.gz',
     '<92b9a8820802131650m43899cb4t56ce339c2eec66b7@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-e9354ca4.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<92b9a8820710170519r11d422e1v9cd82e6f3b990e87@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-52d36eb1.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<76152eba0710170543k482836ddp72dcda0040242265@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-777a60c9.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<92b9a8820710230648q729469efxcded96c06db0dd59@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-2321a441.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<92b9a8820710130334v67deaa14jda9e677eeb64c7bc@mail.gmail.com>'),
    ('gpt-usuarios-2007-12-c08b6934.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-December.txt.gz',
     '<76152eba0712220605o1147ebep49844fe64495bfc4@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-5390b79f.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<9a3912af0710180647j143929e5s70c364d8e98c6f42@mail.gmail.com>'),
    ('gpt-usuarios-2007-12-48acdad6.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-December.txt.gz',
     '<9a3912af0712130520o58b9203eiafedfb03391b8ce2@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-89ad293d.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<9a3912af0710300734y769b0e48u7daef2865ddeaad5@mail.gmail.com>'),
    ('gpt-usuarios-2007-12-ea6d9dbf.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-December.txt.gz',
     '<5490569c0712070636k1a4b017do64e7f9f6f424d2ec@mail.gmail.com>'),
    ('gpt-usuarios-2007-09-2936fc15.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-September.txt.gz',
     '<92b9a8820709110945wed61999g47aab964af430d8e@mail.gmail.com>'),
    ('gpt-usuarios-2007-09-39387af6.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-September.txt.gz',
     '<92b9a8820709111712j57e769b3m55b1f556423667da@mail.gmail.com>'),
    ('gpt-usuarios-2007-09-98e715b8.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-September.txt.gz',
     '<92b9a8820709040747g66126f06m31d427a97f427832@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-93268ef2.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<76152eba0710160428taad242eu3a5a2e34de4511e4@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-97b2d76c.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<9a3912af0710171707s20be7a13tf36a0851b915adf0@mail.gmail.com>'),
    ('gpt-usuarios-2007-10-f6d9df85.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-October.txt.gz',
     '<641cbbb40710061517n1281bd21qc2c1cd14aa4c379@mail.gmail.com>'),
    ('gpt-usuarios-2007-12-12df4def.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-December.txt.gz',
     '<9a3912af0712150552s308a1f07i27d9eddc4b287299@mail.gmail.com>'),
    ('gpt-usuarios-2007-12-6b1e22b2.eml', 'BackupTheBerlios/gpt-usuarios-maillist', '2007-December.txt.gz',
     '<92b9a8820712140536p24d0a352w9bbe5a23665128a5@mail.gmail.com>'),
    ('gpt-devel-2010-10-839f4a02.eml', 'BackupTheBerlios/gpt-devel-maillist', '2010-October.txt.gz',
     '<AANLkTimrs=uTz2uR4_xrZMXUS7tymPXW_phS0V4zngQe@mail.gmail.com>'),
    ('gpt-devel-2010-10-2b135613.eml', 'BackupTheBerlios/gpt-devel-maillist', '2010-October.txt.gz',
     '<AANLkTimmaDyVovMfSc5Aqhv9dbAmmNTx1rv3YDb3VUx-@mail.gmail.com>'),
    ('gpt-devel-2009-06-01d29c7b.eml', 'BackupTheBerlios/gpt-devel-maillist', '2009-June.txt.gz',
     '<76152eba0906231849t7f4aef07p570d5b98eb5bc4b3@mail.gmail.com>'),
    ('gpt-devel-2010-08-c61d3695.eml', 'BackupTheBerlios/gpt-devel-maillist', '2010-August.txt.gz',
     '<AANLkTiniB6rj1K4D-tqZUsjM8PVhZ_sShaEfrPCthi3v@mail.gmail.com>'),
    ('gpt-devel-2010-11-0385ac71.eml', 'BackupTheBerlios/gpt-devel-maillist', '2010-November.txt.gz',
     '<AANLkTinYZk5cjNdinYxu1psJnciafj_py4Nyccn2ffpF@mail.gmail.com>'),
    ('gpt-devel-2009-03-6c138227.eml', 'BackupTheBerlios/gpt-devel-maillist', '2009-March.txt.gz',
     '<59f4e150903030906g772c8776hfbd143d0a6d07244@mail.gmail.com>'),
    ('gpt-devel-2010-10-5a3a7ce6.eml', 'BackupTheBerlios/gpt-devel-maillist', '2010-October.txt.gz',
     '<AANLkTi=RG-Uabc=k0053X+CQy2LhbRn97U6Ci_7A6SHE@mail.gmail.com>'),
    ('nnfw-users-2006-10-596596d3.eml', 'BackupTheBerlios/nnfw-users-maillist', '2006-October.txt.gz',
     '<33B07B56-7086-453A-ADF8-EF5C3A366011@gmail.com>'),
    ('nnfw-users-2006-10-360c7495.eml', 'BackupTheBerlios/nnfw-users-maillist', '2006-October.txt.gz',
     '<453E5068.4040008@yahoo.it>'),
    ('nnfw-users-2006-09-48919c9d.eml', 'BackupTheBerlios/nnfw-users-maillist', '2006-September.txt.gz',
     '<450E6830.1010108@yahoo.it>'),
    ('nnfw-users-2008-01-0aaaf04d.eml', 'BackupTheBerlios/nnfw-users-maillist', '2008-January.txt.gz',
     '<4799F347.9090201@yahoo.it>'),
    ('nnfw-users-2006-10-b9caba38.eml', 'BackupTheBerlios/nnfw-users-maillist', '2006-October.txt.gz',
     '<454735FA.5030001@yahoo.it>'),
    ('nnfw-users-2008-01-8ea6b16e.eml', 'BackupTheBerlios/nnfw-users-maillist', '2008-January.txt.gz',
     '<4799C019.1010805@yahoo.it>'),
    ('nnfw-users-2006-10-a6135162.eml', 'BackupTheBerlios/nnfw-users-maillist', '2006-October.txt.gz',
     '<45420BD3.4090001@yahoo.it>'),
    ('nnfw-users-2006-08-a15e9d0a.eml', 'BackupTheBerlios/nnfw-users-maillist', '2006-August.txt.gz',
     '<44E33292.8040205@yahoo.it>'),
    ('nnfw-users-2006-11-28b9331f.eml', 'BackupTheBerlios/nnfw-users-maillist', '2006-November.txt.gz',
     '<6C02CA5F-F22E-4546-8111-EB78351CA85F@gmail.com>'),
    ('nnfw-users-2007-10-18e0cee1.eml', 'BackupTheBerlios/nnfw-users-maillist', '2007-October.txt.gz',
     '<471EF00B.2010406@yahoo.it>'),
    ('tops-dev-2011-03-ab05cceb.eml', 'BackupTheBerlios/tops-dev-maillist', '2011-March.txt.gz',
     '<D25E8FDC-DD5C-4EB4-81C8-568A0D9FF3AF@mit.edu>'),
    ('tops-dev-2011-06-4c75e105.eml', 'BackupTheBerlios/tops-dev-maillist', '2011-June.txt.gz',
     '<1309331818.2124.31.camel@ganymede>'),
    ('tops-dev-2011-11-a262e5e3.eml', 'BackupTheBerlios/tops-dev-maillist', '2011-November.txt.gz',
     '<1321967641.12993.13.camel@gibreel.funaioli.unisi.it>'),
    ('tops-dev-2011-09-bf353166.eml', 'BackupTheBerlios/tops-dev-maillist', '2011-September.txt.gz',
     '<4E7CF5D9.6050201@iosa.it>'),
    ('tops-dev-2013-05-9b809e82.eml', 'BackupTheBerlios/tops-dev-maillist', '2013-May.txt.gz',
     '<c4a02d1f82822931f2fcd70e925d411f@beep.pl>'),
    ('tops-dev-2009-12-8034f92a.eml', 'BackupTheBerlios/tops-dev-maillist', '2009-December.txt.gz',
     '<1259859970.4019.84.camel@gibreel>'),
    ('tops-dev-2011-08-9548d7b2.eml', 'BackupTheBerlios/tops-dev-maillist', '2011-August.txt.gz',
     '<1312350649.2687.2.camel@ganymede>'),
    ('tops-dev-2009-12-c78d519e.eml', 'BackupTheBerlios/tops-dev-maillist', '2009-December.txt.gz',
     '<1260394342.2785.50.camel@gibreel>'),
    ('soem-user-2012-03-11decc45.eml', 'BackupTheBerlios/soem-user-maillist', '2012-March.txt.gz',
     '<201203021928.13019.leo@alaxarxa.net>'),
    ('soem-user-2012-04-69c1dbe2.eml', 'BackupTheBerlios/soem-user-maillist', '2012-April.txt.gz',
     '<1334054497.48101.YahooMailNeo@web29604.mail.ird.yahoo.com>'),
    ('soem-user-2012-12-7bc4daa8.eml', 'BackupTheBerlios/soem-user-maillist', '2012-December.txt.gz',
     '<50C72745.2010202@smfk.nl>'),
    ('soem-user-2012-09-5a15d9b9.eml', 'BackupTheBerlios/soem-user-maillist', '2012-September.txt.gz',
     '<505831FA.5090108@smfk.nl>'),
    ('soem-user-2011-10-f68c60f5.eml', 'BackupTheBerlios/soem-user-maillist', '2011-October.txt.gz',
     '<201110312027.36437.leo@alaxarxa.net>'),
    ('soem-user-2012-11-d05b5b17.eml', 'BackupTheBerlios/soem-user-maillist', '2012-November.txt.gz',
     '<50B4E374.5010404@smfk.nl>'),
    ('soem-user-2012-06-042b32d5.eml', 'BackupTheBerlios/soem-user-maillist', '2012-June.txt.gz',
     '<4FDB459E.3080508@smfk.nl>'),
    ('soem-user-2013-05-35ed98ae.eml', 'BackupTheBerlios/soem-user-maillist', '2013-May.txt.gz',
     '<519CB04C.2060401@smfk.nl>'),
    ('soem-user-2012-05-a962b1f0.eml', 'BackupTheBerlios/soem-user-maillist', '2012-May.txt.gz',
     '<201205170945.09789.leo@alaxarxa.net>'),
    ('mrs-user-2011-11-d6088166.eml', 'BackupTheBerlios/mrs-user-maillist', '2011-November.txt.gz',
     '<4EAFECE0.6090600@cmbi.ru.nl>'),
    ('mrs-user-2006-10-166bdf9e.eml', 'BackupTheBerlios/mrs-user-maillist', '2006-October.txt.gz',
     '<08E29C3C-362B-4454-99FE-A941CF2CB7DD@hekkelman.com>'),
    ('mrs-user-2007-10-77a24f0e.eml', 'BackupTheBerlios/mrs-user-maillist', '2007-October.txt.gz',
     '<23A80516-099A-4CEE-AD83-26B530A620C3@cmbi.ru.nl>'),
    ('mrs-user-2010-02-13f2073c.eml', 'BackupTheBerlios/mrs-user-maillist', '2010-February.txt.gz',
     '<4B790206.9040609@cmbi.ru.nl>'),
    ('mrs-user-2010-04-72189b5c.eml', 'BackupTheBerlios/mrs-user-maillist', '2010-April.txt.gz',
     '<4BBC3B29.8050007@cmbi.ru.nl>'),
    ('mrs-user-2006-11-3560635b.eml', 'BackupTheBerlios/mrs-user-maillist', '2006-November.txt.gz',
     '<1D83BF32-8F25-45E1-A2CA-38E5D4998697@hekkelman.com>'),
    ('mrs-user-2010-03-2a98c998.eml', 'BackupTheBerlios/mrs-user-maillist', '2010-March.txt.gz',
     '<4B8B9456.9020606@cmbi.ru.nl>'),
    ('mrs-user-2010-02-8e97895c.eml', 'BackupTheBerlios/mrs-user-maillist', '2010-February.txt.gz',
     '<4B826C3A.6030701@cmbi.ru.nl>'),
    ('mrs-user-2007-10-62f2d647.eml', 'BackupTheBerlios/mrs-user-maillist', '2007-October.txt.gz',
     '<A9AA5727-46BF-4468-8B71-3D57C71AEF01@cmbi.ru.nl>'),
    ('mrs-user-2011-08-ec9c6e5f.eml', 'BackupTheBerlios/mrs-user-maillist', '2011-August.txt.gz',
     '<4E4BB871.4040106@cmbi.ru.nl>'),
    ('mrs-user-2010-02-24bd8351.eml', 'BackupTheBerlios/mrs-user-maillist', '2010-February.txt.gz',
     '<1265536744.4444.18.camel@xps>'),
]

# the Portuguese archive writes "x em y" where the others write "x at y"
SEPARATOR = re.compile(rb"^From \S+(?: (?:at|em) \S+)? +\w{3} \w{3} +\d+ [\d:]+ \d{4}\n", re.M)
FROM_HEADER = re.compile(rb"^From: [^ \n]+ (?:at|em) ([^ \n]+)", re.M)
FROM_LINE = re.compile(rb"^(?:From|Subject): .*", re.M)
BODY_ADDRESS = re.compile(rb"\b[\w.+-]+(?P<at> at |@| em )(?P<domain>[\w-]+(?:\.[\w-]+)*"
                          rb"\.(?:com|org|net|edu|gov|info|biz|[a-z]{2}))\b")

# (old bytes, new bytes) per file, applied after the address pattern: phone numbers, an address written without
# its dot (which the pattern cannot see), and prose the pattern took for an address
REPLACEMENTS = {
    "gpt-usuarios-2008-03-cf8fecff.eml": [(b"tsilva at sourcecraft info", b"name.removed at sourcecraft info")],
    "gpt-usuarios-2008-02-57a4b21a.eml": [(b"tsilva at sourcecraft info", b"name.removed at sourcecraft info")],
    "gpt-usuarios-2007-12-c08b6934.eml": [(b"(84) 9922-2544", b"(84) xxxx-xxxx")],
    "mrs-user-2007-10-77a24f0e.eml": [(b"06 26 750 799", b"06 xx xxx xxx")],
    "mrs-user-2007-10-62f2d647.eml": [(b"06 26 750 799", b"06 xx xxx xxx")],
    "tops-dev-2009-12-c78d519e.eml": [(b"upload name.removed at packages", b"upload documentation at packages")],
    "mrs-user-2010-02-13f2073c.eml": [(b"have a name.removed at embl.pm", b"have a look at embl.pm")],
}


# messages the archive holds twice with the same bytes: the copies are checked equal and one is taken
REPEATED = {"gpt-usuarios-2008-03-cf8fecff.eml"}


def main() -> None:
    mirror = mirror_argument()
    months: dict[tuple[str, str], bytes] = {}
    for name, repo, path, message_id in ROWS:
        if (repo, path) not in months:
            months[repo, path] = gzip.decompress(git_show(mirror, repo, ARCHIVES[repo], path))
        mail = pipermail_message(months[repo, path], message_id, SEPARATOR, repeated=name in REPEATED)
        mail = redact_addresses(mail, FROM_HEADER, FROM_LINE, BODY_ADDRESS)
        mail = replace_listed(name, mail, REPLACEMENTS.get(name, []))
        folder = (HELDOUT if held_out(SOURCE, name) else HERE) / SOURCE
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(mail)


if __name__ == "__main__":
    main()
