#!/bin/sh
# siqing offline installer: installs from this folder only, with no network.
#   ./install.sh --home 浙江省杭州市 [--prefix DIR]
# Re-running it upgrades in place: the configuration and data under DIR are kept and the store
# is migrated. As root it also installs the Debian packages in debs/ that are missing and the
# fonts system-wide; otherwise the fonts go to ~/.local/share/fonts.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
HOME_REGION=""
if [ "$(id -u)" = "0" ]; then PREFIX=/opt/siqing; else PREFIX="$HOME/siqing"; fi
PYTHON=${PYTHON:-python3}

die() { echo "error: $*" >&2; exit 2; }
while [ $# -gt 0 ]; do
    case "$1" in
        --home) [ $# -ge 2 ] || die "--home 需要一个地区，如 --home 浙江省杭州市"; HOME_REGION=$2; shift 2 ;;
        --prefix) [ $# -ge 2 ] || die "--prefix 需要一个目录"; PREFIX=$2; shift 2 ;;
        --python) [ $# -ge 2 ] || die "--python 需要解释器路径"; PYTHON=$2; shift 2 ;;
        -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
        *) die "未知参数：$1（用法：./install.sh --home 地区 [--prefix 目录]）" ;;
    esac
done

WANT=$(sed -n 2p "$HERE/VERSION" | sed 's/^py//')
command -v "$PYTHON" >/dev/null 2>&1 || die "找不到 Python（$PYTHON）；本安装包需要 Python ${WANT%?}.${WANT#?}"
HAVE=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}{sys.version_info[1]}")')
[ "$HAVE" = "$WANT" ] || die "本安装包为 Python ${WANT%?}.${WANT#?} 构建，本机 $PYTHON 为 ${HAVE%?}.${HAVE#?}；请用 --python 指定正确的解释器"

echo "校验文件……"
(cd "$HERE" && sha256sum --quiet -c SHA256SUMS) || die "文件校验未通过（SHA256SUMS）：安装包不完整或被改动，请重新拷贝"

if [ "$(id -u)" = "0" ] && [ -d "$HERE/debs" ] && command -v dpkg >/dev/null 2>&1; then
    missing=""
    for deb in "$HERE"/debs/*.deb; do
        pkg=$(dpkg-deb -f "$deb" Package)
        dpkg -s "$pkg" >/dev/null 2>&1 || missing="$missing $deb"
    done
    if [ -n "$missing" ]; then
        echo "安装系统软件包……"
        # shellcheck disable=SC2086
        dpkg -i $missing >/dev/null || die "系统软件包安装失败（dpkg -i）"
    fi
fi

echo "安装 siqing 到 $PREFIX ……"
mkdir -p "$PREFIX/bin"
[ -x "$PREFIX/venv/bin/python" ] || "$PYTHON" -m venv "$PREFIX/venv" || die "无法创建虚拟环境（Debian 上需要 python3-venv）"
"$PREFIX/venv/bin/python" -m pip install --quiet --no-index --find-links "$HERE/wheels" --upgrade "siqing[browse]" \
    || die "从安装包安装 Python 依赖失败"
ln -sf "$PREFIX/venv/bin/siqing" "$PREFIX/bin/siqing"

if [ "$(id -u)" = "0" ]; then FONTS=/usr/local/share/fonts/siqing; else FONTS="$HOME/.local/share/fonts/siqing"; fi
mkdir -p "$FONTS"
cp "$HERE"/fonts/*.otf "$HERE"/fonts/*.ttc "$HERE"/fonts/LICENSE-* "$FONTS/"
command -v fc-cache >/dev/null 2>&1 && fc-cache -f "$FONTS" >/dev/null 2>&1 || true

CONFIG="$PREFIX/config/siqing.yaml"
if [ -f "$CONFIG" ]; then
    echo "保留现有配置 $CONFIG，迁移存储……"
    "$PREFIX/bin/siqing" --config "$CONFIG" migrate
else
    [ -n "$HOME_REGION" ] || die "首次安装需要 --home（本部署服务的人大常委会所在地区），如 --home 浙江省杭州市"
    "$PREFIX/bin/siqing" init --home "$HOME_REGION" "$PREFIX/config" >/dev/null
    "$PREFIX/bin/siqing" --config "$CONFIG" migrate >/dev/null
fi

cat <<MSG
安装完成：$(sed -n 1p "$HERE/VERSION")
下一步：
  1. $PREFIX/bin/siqing --config $CONFIG check-source --all   检查各信息来源
  2. 编辑 $CONFIG 的 delivery 部分，填写领导、审核人、运维人员邮箱
  3. $PREFIX/bin/siqing --config $CONFIG serve               定时采集、处理、成稿、发送
  4. $PREFIX/bin/siqing --config $CONFIG web                 打开办公室工作台
  试运行：$PREFIX/bin/siqing demo --dir $PREFIX/demo          用内置样例网站走一遍全流程
MSG
