#!/usr/bin/env bash
# Jisr installer for a fresh Debian/Ubuntu machine.
#
#   bash installer/install.sh demo    install, then run the demo kiosk (needs a screen)
#   bash installer/install.sh test    install with test tools, then run the whole test suite
#   bash installer/install.sh         install only
#
# As root it installs the system packages it needs with apt-get; as another user it
# names the missing ones and stops.  Python packages go into .venv in the checkout.
set -euo pipefail

mode="${1:-install}"
[ $# -gt 0 ] && shift
top="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$top"

# Qt's platform plugins (xcb for a real screen, offscreen for tests) and the tools the
# tests and screenshots use.  CUPS is the system print queue the printer tests drive.
packages=(python3 python3-venv python3-pip
          libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3
          libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
          libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
          libxcb-xkb1 libx11-xcb1 poppler-utils libzbar0
          espeak-ng alsa-utils)  # the offline voice guidance (docs/ACCESSIBILITY.md)
if [ "$mode" = "test" ]; then
  packages+=(xvfb cups cups-client cups-bsd zbar-tools faketime)
  # The reference server's tests run against PostgreSQL too (tests/server).
  if [ "$(id -u)" = 0 ]; then
    packages+=(postgresql)
  fi
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "jisr: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "jisr: these system packages are missing: ${missing[*]}" >&2
    echo "jisr: install them with:  sudo apt-get install ${missing[*]}" >&2
    echo "jisr: (or run this script as root and it installs them itself)" >&2
    exit 1
  fi
fi

python3 - <<'PY' || { echo "jisr: Python 3.11 or newer is needed" >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
extra=""
[ "$mode" = "test" ] && extra="[test]"
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".${extra}"

# PostgreSQL for the server tests: a running cluster, a role and a database jisr_test
# (made or updated on every run, so a second run works), and JISR_TEST_PG_URL for
# pytest.  Root only: in a container there is no systemd, so the cluster is started
# with pg_ctlcluster and psql runs as the postgres user through runuser.
setup_test_postgres() {
  local version port password
  version="$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$version" ]; then
    echo "jisr: PostgreSQL is not installed" >&2
    return 1
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {found=1} END {exit !found}'; then
    pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 ~ /^online/ {found=1} END {exit !found}'; then
    pg_ctlcluster "$version" main start
  fi
  port="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')"
  # The password is made once and kept (root only), so that a second run, or one
  # running beside another, does not change it under a test run.
  local secret_file=/var/lib/postgresql/.jisr_test_password
  if [ ! -s "$secret_file" ]; then
    (umask 077; python3 -c 'import secrets; print(secrets.token_hex(16))' > "$secret_file")
  fi
  password="$(cat "$secret_file")"
  local psql=(runuser -u postgres -- psql -p "$port" -X -q -v ON_ERROR_STOP=1)
  local tries=0
  until "${psql[@]}" -c 'SELECT 1' >/dev/null 2>&1; do  # the cluster may still be starting
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then
      echo "jisr: PostgreSQL $version/main does not answer on port $port" >&2
      return 1
    fi
    sleep 1
  done
  "${psql[@]}" -v pw="$password" <<'SQL' >/dev/null
SELECT format('CREATE ROLE jisr_test LOGIN CREATEDB PASSWORD %L', :'pw')
  WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'jisr_test') \gexec
SELECT format('ALTER ROLE jisr_test LOGIN CREATEDB PASSWORD %L', :'pw') \gexec
-- dropping a test database WITH (FORCE) may have to end an autovacuum worker in it
GRANT pg_signal_backend TO jisr_test;
SELECT 'CREATE DATABASE jisr_test OWNER jisr_test'
  WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'jisr_test') \gexec
SQL
  export JISR_TEST_PG_URL="postgresql+psycopg://jisr_test:${password}@127.0.0.1:${port}/jisr_test"
  echo "jisr: PostgreSQL $version on port $port, database jisr_test (JISR_TEST_PG_URL)"
}

# Compile the Qt Linguist translations (.ts in git, .qm built here).
for ts in translations/*.ts; do
  [ -e "$ts" ] || continue
  .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done

case "$mode" in
  demo)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "jisr: no screen found (DISPLAY is not set); run this from a desktop session," >&2
      echo "jisr: or try it headless:  xvfb-run -a .venv/bin/kiosk demo" >&2
      exit 1
    fi
    exec .venv/bin/kiosk demo "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    # As root the CUPS packages are installed above, so the real print-queue tests must
    # run: a missing cupsd is then a failure, not a skip.
    [ "$(id -u)" = 0 ] && export JISR_REQUIRE_CUPS=1
    # Likewise espeak-ng: installed above as root, so the voice tests must run.
    [ "$(id -u)" = 0 ] && export JISR_REQUIRE_ESPEAK=1
    # Likewise PostgreSQL: as root it is installed and started here, and the server
    # tests that need it must run.  Otherwise they run only if JISR_TEST_PG_URL is set.
    if [ "$(id -u)" = 0 ]; then
      setup_test_postgres
      export JISR_REQUIRE_PG=1
    fi
    # pytest exits 5 when no test ran: that is a failure here, as any non-zero is.
    exec .venv/bin/python -m pytest "$@"
    ;;
  install)
    echo "jisr: installed. Run the demo with: .venv/bin/kiosk demo"
    ;;
  *)
    echo "usage: bash installer/install.sh [demo|test|install]" >&2
    exit 2
    ;;
esac
