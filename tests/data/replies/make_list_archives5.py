"""Rebuild the tenth sample of list-archive replies (`berlios_lists5/`) here and in ../heldout/replies from a local
mirror (run once by hand; nothing reads this at test time, and the files are never read at run time).

Every mail is a real reply a person sent to a public BerliOS mailing list no earlier sample took replies from (the
OOO rounds only searched some of them for absence notes): French (pclos-il8n-dev, PCLinuxOS's French translators,
2007-2008; zephir-dev, a French students' project, 2005), Spanish (genaro-somos-todos, a Madrid students' project,
2004-2005, written in Hotmail/MSN with its `>From:/To:/Subject:/Date:` quoted header; luca-erp-users and
cimarron-hackers, Argentine free-software projects, 2005; pvpgn-users, 2007), German (jameica-devel) and English
written by those lists' people. Each is cut out of the list's pipermail text archive by its Message-ID and redacted as
`make_list_archives4.py` does: the archive's separator line is dropped and the local part of every address becomes
`name.removed`.

Candidates were drawn by rules written before any file was read: a reply (In-Reply-To or a "Re:"
subject), 4 to 60 body lines, at least one quoted line and two unquoted non-empty lines, no absence word, no
Message-ID and no whitespace-normalised copy of the first 200 body bytes anywhere in tests/data; shuffled with
`random.Random(21)` and taken one per thread subject, up to a quota per list. Files read and left out are listed in
LEFT_OUT with the reason.

Which half a file goes to is decided by its name alone, before anything was measured: held out when the first byte
of SHA-256 of `<source>/<file name>` is even (the rule of ../heldout/README.md). The reply-text labels live in each
half's expected.json, written by hand from the files.

Usage: python tests/data/replies/make_list_archives5.py --mirror /work/.mirror
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
from rebuild import git_show, mirror_argument, pipermail_message, redact_addresses  # noqa: E402

SOURCE = "berlios_lists5"
# repository -> commit holding the archive files
ARCHIVES = {
    "BackupTheBerlios/cimarron-hackers-maillist": "4a43bc40bc17e97f7873c08dd566bff76038e430",
    "BackupTheBerlios/genaro-somos-todos-maillist": "4ac3b53d52879cef8e0bda65a96be41107ec0558",
    "BackupTheBerlios/jameica-devel-maillist": "5b131cf1a2e98b4a46b8ecaf306b4a5b7461e403",
    "BackupTheBerlios/luca-erp-users-maillist": "a35b7f380549c290a135c649a2dfddb003f48c7c",
    "BackupTheBerlios/pclos-il8n-dev-maillist": "89e167ba07842372122051163d777e0a5021e9f2",
    "BackupTheBerlios/pvpgn-users-maillist": "eb0dae8fcf5a92f3a9757ace7147b48881966b82",
    "BackupTheBerlios/zephir-dev-maillist": "5387ea4e4da71669d4a3507e4d187e9ed0bd57eb",
}

# (file, repository, archive path, Message-ID)
ROWS = [
    ('cimarron-hackers-2005-05-19951045.eml', 'BackupTheBerlios/cimarron-hackers-maillist', '2005-May.txt',
     '<428E6A18.1060904@lunix.com.ar>'),
    ('cimarron-hackers-2005-07-c3f07ffd.eml', 'BackupTheBerlios/cimarron-hackers-maillist', '2005-July.txt',
     '<1120593875.13290.26.camel@michelle>'),
    ('cimarron-hackers-2005-08-280c9f48.eml', 'BackupTheBerlios/cimarron-hackers-maillist', '2005-August.txt',
     '<200508121631.40762.mdione@vialibre.org.ar>'),
    ('cimarron-hackers-2005-08-2a90f315.eml', 'BackupTheBerlios/cimarron-hackers-maillist', '2005-August.txt',
     '<1123971711.15341.47.camel@michelle>'),
    ('cimarron-hackers-2005-08-6042edc0.eml', 'BackupTheBerlios/cimarron-hackers-maillist', '2005-August.txt',
     '<1124816086.27275.25.camel@localhost.localdomain>'),
    ('cimarron-hackers-2005-08-84192a9b.eml', 'BackupTheBerlios/cimarron-hackers-maillist', '2005-August.txt',
     '<1123875744.7183.17.camel@localhost.localdomain>'),
    ('cimarron-hackers-2005-08-881dc539.eml', 'BackupTheBerlios/cimarron-hackers-maillist', '2005-August.txt',
     '<200508231510.29912.mdione@vialibre.org.ar>'),
    ('cimarron-hackers-2005-08-c4d00c6d.eml', 'BackupTheBerlios/cimarron-hackers-maillist', '2005-August.txt',
     '<200508121641.52902.mdione@vialibre.org.ar>'),
    ('genaro-somos-todos-2004-11-dbf80a68.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2004-November.txt',
     '<BAY14-F13599DE7154ECC79EDAE2FCEBB0@phx.gbl>'),
    ('genaro-somos-todos-2005-01-6c30c1ac.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-January.txt',
     '<BAY103-F29668288E2B4178A20FFBACE930@phx.gbl>'),
    ('genaro-somos-todos-2005-03-40027b4d.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-March.txt',
     '<BAY103-F1CA64C72DC986929E6D6BCE4F0@phx.gbl>'),
    ('genaro-somos-todos-2005-03-75b760ff.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-March.txt',
     '<BAY103-F13448332D8CC7B5449C972CE4F0@phx.gbl>'),
    ('genaro-somos-todos-2005-03-953c1ae3.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-March.txt',
     '<BAY103-F2261F496F06771C05A6757CE400@phx.gbl>'),
    ('genaro-somos-todos-2005-03-bc36973f.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-March.txt',
     '<BAY23-F15BFB44CCF5057DD9E1885B9410@phx.gbl>'),
    ('genaro-somos-todos-2005-03-bc6c1359.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-March.txt',
     '<BAY103-F19FC29728E4EFE0448C220CE4B0@phx.gbl>'),
    ('genaro-somos-todos-2005-04-6322ff5b.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-April.txt',
     '<BAY103-F341D0C919047DD5728E6ABCE250@phx.gbl>'),
    ('genaro-somos-todos-2005-04-a5dc0fd9.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-April.txt',
     '<BAY103-F20CA055874DDC343B651E7CE250@phx.gbl>'),
    ('genaro-somos-todos-2005-04-e069f8b2.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-April.txt',
     '<BAY103-F2578C9C10DBB0AB07192E1CE220@phx.gbl>'),
    ('genaro-somos-todos-2005-04-f391d820.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-April.txt',
     '<BAY103-F2444F7CE895CF3C402448ACE3E0@phx.gbl>'),
    ('genaro-somos-todos-2005-05-1894f6c3.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-May.txt',
     '<BAY103-F173C02871FA877B3C5E5E5CE1C0@phx.gbl>'),
    ('genaro-somos-todos-2005-05-6cc57fb8.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-May.txt',
     '<BAY103-F25D5AF2663276F5BF95ADFCE110@phx.gbl>'),
    ('genaro-somos-todos-2005-05-78bac8f9.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-May.txt',
     '<BAY1-F13886F63AC406300C5800FD5270@phx.gbl>'),
    ('genaro-somos-todos-2005-05-dafe1bdd.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-May.txt',
     '<BAY1-F35AD8DD1FB9591F7155BDDD5080@phx.gbl>'),
    ('genaro-somos-todos-2005-06-04a7691b.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-June.txt',
     '<BAY108-F281DB1A0FFCDA6C92EA565D5EC0@phx.gbl>'),
    ('genaro-somos-todos-2005-06-36db8a5f.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-June.txt',
     '<BAY103-F23A2660E30E44A221E2B01CEF70@phx.gbl>'),
    ('genaro-somos-todos-2005-06-3d5c9695.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-June.txt',
     '<BAY107-F17F634F0F83AB380C52AC2B9F10@phx.gbl>'),
    ('genaro-somos-todos-2005-06-6752d577.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-June.txt',
     '<BAY103-F250C03A3A979E45512EE6DCEFD0@phx.gbl>'),
    ('genaro-somos-todos-2005-06-8a7c69f8.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-June.txt',
     '<BAY103-F302C4E38FD31C5C138DE04CEEA0@phx.gbl>'),
    ('genaro-somos-todos-2005-06-c7f95b0d.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-June.txt',
     '<BAY107-F1902E982BAFA10A5A75493B9F10@phx.gbl>'),
    ('genaro-somos-todos-2005-07-e07b89cf.eml', 'BackupTheBerlios/genaro-somos-todos-maillist', '2005-July.txt',
     '<BAY103-F218CB55C02B3A605B83EA2CEE40@phx.gbl>'),
    ('jameica-devel-2009-05-112058f8.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-May.txt',
     '<4A119526.50409@jost-net.de>'),
    ('jameica-devel-2009-05-2244fd3a.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-May.txt',
     '<4A08507D.60000@jost-net.de>'),
    ('jameica-devel-2009-05-507171a5.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-May.txt',
     '<200905110003.33775.hibiscus@willuhn.de>'),
    ('jameica-devel-2009-05-e3f5afe9.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-May.txt',
     '<200905172356.25828.hibiscus@willuhn.de>'),
    ('jameica-devel-2009-06-737625da.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-June.txt',
     '<200906290008.05001.hibiscus@willuhn.de>'),
    ('jameica-devel-2009-06-8a256769.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-June.txt',
     '<4A3D245B.1010602@emedia-solutions-wolf.de>'),
    ('jameica-devel-2009-06-f84ce845.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-June.txt',
     '<200906101350.27776.hibiscus@willuhn.de>'),
    ('jameica-devel-2009-07-403bc32a.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-July.txt',
     '<4A4B1161.1020908@jost-net.de>'),
    ('jameica-devel-2009-10-87d6549e.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-October.txt',
     '<200910190036.08874.hibiscus@willuhn.de>'),
    ('jameica-devel-2009-12-32a16dcb.eml', 'BackupTheBerlios/jameica-devel-maillist', '2009-December.txt',
     '<200912301619.56066.hibiscus@willuhn.de>'),
    ('jameica-devel-2010-08-e93a35cc.eml', 'BackupTheBerlios/jameica-devel-maillist', '2010-August.txt',
     '<4C752D39.5030703@willuhn.de>'),
    ('jameica-devel-2011-06-84f72168.eml', 'BackupTheBerlios/jameica-devel-maillist', '2011-June.txt',
     '<4E0B6FA0.8020703@willuhn.de>'),
    ('jameica-devel-2011-07-12e5059b.eml', 'BackupTheBerlios/jameica-devel-maillist', '2011-July.txt',
     '<4E2569C4.9050408@willuhn.de>'),
    ('jameica-devel-2011-07-8fbac80c.eml', 'BackupTheBerlios/jameica-devel-maillist', '2011-July.txt',
     '<4E1C243F.9080202@willuhn.de>'),
    ('luca-erp-users-2005-07-67adb3f5.eml', 'BackupTheBerlios/luca-erp-users-maillist', '2005-July.txt',
     '<200507291813.05513.mdione@vialibre.org.ar>'),
    ('luca-erp-users-2005-07-804a3a10.eml', 'BackupTheBerlios/luca-erp-users-maillist', '2005-July.txt',
     '<200507281422.38311.mdione@vialibre.org.ar>'),
    ('luca-erp-users-2005-07-8a49fe92.eml', 'BackupTheBerlios/luca-erp-users-maillist', '2005-July.txt',
     '<200507112101.29079.mdione@vialibre.org.ar>'),
    ('luca-erp-users-2005-07-d559769d.eml', 'BackupTheBerlios/luca-erp-users-maillist', '2005-July.txt',
     '<20050723011601.GG8004@plantalta.homelinux.net>'),
    ('luca-erp-users-2005-08-1f8d1db2.eml', 'BackupTheBerlios/luca-erp-users-maillist', '2005-August.txt',
     '<200508162103.13021.mdione@vialibre.org.ar>'),
    ('luca-erp-users-2005-08-68e520ab.eml', 'BackupTheBerlios/luca-erp-users-maillist', '2005-August.txt',
     '<20050805040540.GG22282@plantalta.homelinux.net>'),
    ('luca-erp-users-2005-09-c523054d.eml', 'BackupTheBerlios/luca-erp-users-maillist', '2005-September.txt',
     '<433B2CD2.80603@telnet.com.ar>'),
    ('luca-erp-users-2005-10-09d75724.eml', 'BackupTheBerlios/luca-erp-users-maillist', '2005-October.txt',
     '<20051013043159.M37183@aberen.com>'),
    ('pclos-il8n-dev-2007-04-7a341d93.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-April.txt',
     '<46271762.1020200@gmail.com>'),
    ('pclos-il8n-dev-2007-05-009cec85.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-May.txt',
     '<46568918.7050007@laposte.net>'),
    ('pclos-il8n-dev-2007-05-1c195192.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-May.txt',
     '<4654D241.30601@laposte.net>'),
    ('pclos-il8n-dev-2007-05-e3aea8d9.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-May.txt',
     '<4649ECB6.7060804@gmail.com>'),
    ('pclos-il8n-dev-2007-06-7d5f7900.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-June.txt',
     '<467E217C.9060809@gmail.com>'),
    ('pclos-il8n-dev-2007-07-3347fb08.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-July.txt',
     '<468C0EE5.4070405@laposte.net>'),
    ('pclos-il8n-dev-2007-07-cfc9da60.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-July.txt',
     '<4696B21C.8070209@gmail.com>'),
    ('pclos-il8n-dev-2007-07-f3353ef5.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-July.txt',
     '<468A7693.4060609@gmail.com>'),
    ('pclos-il8n-dev-2007-10-f7eff3a5.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-October.txt',
     '<471A65D5.6010102@smidovi.eu>'),
    ('pclos-il8n-dev-2007-11-19da615e.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2007-November.txt',
     '<472F8F69.807@laposte.net>'),
    ('pclos-il8n-dev-2008-02-a8d8088b.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-February.txt',
     '<64630f150802200328v773df510hf5b5c6ceae8f4a0f@mail.gmail.com>'),
    ('pclos-il8n-dev-2008-04-0e51e144.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-April.txt',
     '<47FB2B68.4090909@smidovi.eu>'),
    ('pclos-il8n-dev-2008-04-1d85a351.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-April.txt',
     '<480057C6.1020203@smidovi.eu>'),
    ('pclos-il8n-dev-2008-04-5f826521.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-April.txt',
     '<47F9CF16.6000600@laposte.net>'),
    ('pclos-il8n-dev-2008-04-634f2e62.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-April.txt',
     '<47F35DA4.4040301@laposte.net>'),
    ('pclos-il8n-dev-2008-04-a78011ee.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-April.txt',
     '<47FF77AB.5020408@smidovi.eu>'),
    ('pclos-il8n-dev-2008-04-d6541696.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-April.txt',
     '<47F67935.5010702@laposte.net>'),
    ('pclos-il8n-dev-2008-04-e1378090.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-April.txt',
     '<48180DF3.3030605@smidovi.eu>'),
    ('pclos-il8n-dev-2008-05-36cf59d8.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-May.txt',
     '<482CBA03.9090301@laposte.net>'),
    ('pclos-il8n-dev-2008-05-7a2e5583.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-May.txt',
     '<482692DA.9050507@smidovi.eu>'),
    ('pclos-il8n-dev-2008-05-a52201cb.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-May.txt',
     '<4821F704.60404@laposte.net>'),
    ('pclos-il8n-dev-2008-06-f7a95e7a.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-June.txt',
     '<485A2309.7080702@fastwebnet.it>'),
    ('pclos-il8n-dev-2008-07-317d611a.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-July.txt',
     '<4876772B.6050604@fastwebnet.it>'),
    ('pclos-il8n-dev-2008-07-37da86e0.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-July.txt',
     '<48708C76.1090907@fastwebnet.it>'),
    ('pclos-il8n-dev-2008-07-c4700e19.eml', 'BackupTheBerlios/pclos-il8n-dev-maillist', '2008-July.txt',
     '<48802BD1.8060406@smidovi.eu>'),
    ('pvpgn-users-2007-05-a948ea09.eml', 'BackupTheBerlios/pvpgn-users-maillist', '2007-May.txt.gz',
     '<d42ded760705200516k37fa5c86pa3d8391d6901fba4@mail.gmail.com>'),
    ('pvpgn-users-2007-05-eaf08399.eml', 'BackupTheBerlios/pvpgn-users-maillist', '2007-May.txt.gz',
     '<d11e8140705101403y6f477ccbi768bcec74bf5bd20@mail.gmail.com>'),
    ('pvpgn-users-2007-06-f109a605.eml', 'BackupTheBerlios/pvpgn-users-maillist', '2007-June.txt.gz',
     '<46780137.3070302@yahoo.com.ar>'),
    ('pvpgn-users-2007-07-a1700237.eml', 'BackupTheBerlios/pvpgn-users-maillist', '2007-July.txt.gz',
     '<4689A944.4060608@darkterrorsdomain.cjb.net>'),
    ('pvpgn-users-2008-11-88a1257b.eml', 'BackupTheBerlios/pvpgn-users-maillist', '2008-November.txt.gz',
     '<490FFD6A.9080409@gmail.com>'),
    ('zephir-dev-2005-05-1e8c382b.eml', 'BackupTheBerlios/zephir-dev-maillist', '2005-May.txt',
     '<1116590313.428dd0e9c06fc@imp4-q.free.fr>'),
    ('zephir-dev-2005-05-3f14d054.eml', 'BackupTheBerlios/zephir-dev-maillist', '2005-May.txt',
     '<1115981298.428485f23060a@imp5-q.free.fr>'),
]

# files read and left out (not a person's reply with text of their own to label, or labelled two ways)
LEFT_OUT: dict[str, str] = {
}

SEPARATOR = re.compile(rb"^From \S+(?: at \S+)? +\w{3} \w{3} +\d+ [\d:]+ \d{4}\n", re.M)
FROM_HEADER = re.compile(rb"^From: [^ \n]+ at ([^ \n]+)", re.M)
FROM_LINE = re.compile(rb"^(?:From|Subject): .*", re.M)
BODY_ADDRESS = re.compile(rb"\b[\w.+-]+(?P<at> at |@)(?P<domain>[\w-]+(?:\.[\w-]+)*"
                          rb"\.(?:com|org|net|edu|gov|info|biz|[a-z]{2}))\b")


def main() -> None:
    mirror = mirror_argument()
    months: dict[tuple[str, str], bytes] = {}
    for name, repo, path, message_id in ROWS:
        if name in LEFT_OUT:
            continue
        if (repo, path) not in months:
            raw = git_show(mirror, repo, ARCHIVES[repo], path)
            months[repo, path] = gzip.decompress(raw) if path.endswith(".gz") else raw
        mail = pipermail_message(months[repo, path], message_id, SEPARATOR)
        mail = redact_addresses(mail, FROM_HEADER, FROM_LINE, BODY_ADDRESS)
        folder = (HELDOUT if held_out(SOURCE, name) else HERE) / SOURCE
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(mail)


if __name__ == "__main__":
    main()
