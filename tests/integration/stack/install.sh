#!/usr/bin/env bash
# Install what the private mail stack (tests/integration/stack/mailstack.py) needs, from Debian's packages:
#   dovecot-imapd + dovecot-lmtpd (pull in dovecot-core), postfix, openssl.
# Also chromium: the report page test renders `mailer report`'s HTML in it (headless; never a downloaded browser).
# Non-interactive, idempotent (a no-op when the binaries are already there), works as root on a fresh
# Debian 12 machine without systemd. Any system-wide dovecot/postfix the packages start is stopped and
# disabled: only the private instances under the stack's --dir run (those are never touched here).
#
#   bash tests/integration/stack/install.sh          # MAILSTACK_FORCE_INSTALL=1 to run apt-get anyway
set -euo pipefail

log() { echo "install.sh: $*"; }

SUDO=""
if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
        log "must run as root (or with sudo available)"; exit 1
    fi
fi

have_all() {
    [ -x /usr/sbin/dovecot ] && [ -x /usr/lib/dovecot/imap ] && [ -x /usr/lib/dovecot/imap-login ] \
        && [ -x /usr/lib/dovecot/lmtp ] && [ -x /usr/sbin/postfix ] && [ -x /usr/sbin/postconf ] \
        && [ -x /usr/lib/postfix/sbin/lmtp ] && command -v openssl >/dev/null 2>&1 \
        && getent passwd postfix >/dev/null && getent group postdrop >/dev/null \
        && getent passwd dovecot >/dev/null && getent passwd dovenull >/dev/null \
        && [ -x /usr/bin/chromium ]
}

stop_system_instances() {
    # Dovecot from /etc/dovecot (base_dir /run/dovecot): ours use DIR/run/dovecot, so this never hits them.
    if [ -s /run/dovecot/master.pid ] && kill -0 "$(cat /run/dovecot/master.pid)" 2>/dev/null; then
        log "stopping the system-wide dovecot (pid $(cat /run/dovecot/master.pid))"
        $SUDO /usr/sbin/dovecot -c /etc/dovecot/dovecot.conf stop >/dev/null 2>&1 \
            || $SUDO kill "$(cat /run/dovecot/master.pid)" 2>/dev/null || true
    fi
    # Postfix from /etc/postfix (queue /var/spool/postfix): ours run with their own config and queue dirs.
    if [ -f /etc/postfix/main.cf ] && $SUDO /usr/sbin/postfix -c /etc/postfix status >/dev/null 2>&1; then
        log "stopping the system-wide postfix"
        $SUDO /usr/sbin/postfix -c /etc/postfix stop >/dev/null 2>&1 || true
    fi
    # Keep them from coming back at boot (sysv links; systemd units only where systemd runs).
    for svc in dovecot postfix; do
        if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
            $SUDO systemctl disable --now "$svc" >/dev/null 2>&1 || true
        fi
        if [ -e "/etc/init.d/$svc" ] && command -v update-rc.d >/dev/null 2>&1; then
            $SUDO update-rc.d "$svc" disable >/dev/null 2>&1 || true
        fi
    done
}

if have_all && [ "${MAILSTACK_FORCE_INSTALL:-0}" != 1 ]; then
    log "dovecot ($(/usr/sbin/dovecot --version 2>/dev/null | cut -d' ' -f1)), postfix ($(/usr/sbin/postconf -d -h mail_version 2>/dev/null)) and openssl already installed: nothing to install"
    stop_system_instances
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# Never let the packages' maintainer scripts start the system-wide daemons while installing.
POLICY=/usr/sbin/policy-rc.d
CREATED_POLICY=0
if [ ! -e "$POLICY" ]; then
    printf '#!/bin/sh\n# temporary, from mailer tests/integration/stack/install.sh\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
    $SUDO chmod 0755 "$POLICY"
    CREATED_POLICY=1
fi
cleanup() { if [ "$CREATED_POLICY" = 1 ]; then $SUDO rm -f "$POLICY"; fi; }
trap cleanup EXIT

# Postfix's debconf: install without writing /etc/postfix/main.cf (the stack renders its own).
printf '%s\n' \
    "postfix postfix/main_mailer_type select No configuration" \
    "postfix postfix/mailname string localhost" \
    | $SUDO debconf-set-selections

apt_retry() {
    local n
    for n in 1 2 3; do
        if $SUDO env DEBIAN_FRONTEND=noninteractive "$@"; then return 0; fi
        log "'$*' failed (attempt $n/3); retrying in $((n * 5))s"
        sleep $((n * 5))
    done
    return 1
}

log "installing dovecot-imapd dovecot-lmtpd postfix openssl chromium"
apt_retry apt-get update -qq
apt_retry apt-get install -y -qq --no-install-recommends \
    -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
    dovecot-imapd dovecot-lmtpd postfix openssl ca-certificates chromium fonts-dejavu-core

stop_system_instances

if ! have_all; then
    log "installation finished but something is still missing (see above)"; exit 1
fi
log "done: dovecot $(/usr/sbin/dovecot --version | cut -d' ' -f1), postfix $(/usr/sbin/postconf -d -h mail_version)"
