#!/bin/bash
# t9170-school-account: 学校操作 (一) 账号登录 in headless Chromium through nginx
# (t/e2e/school-account.mjs): 忘记登录账号, 忘记密码 (SMS code from the outbox), 账户信息 and
# 修改基本信息, a Chinese 404 page with a way back. A fresh school (fresh-school.sh) each run.
. "$(dirname "$0")/wrapper.sh"
stamp=$(date +%s%N | cut -c8-13)
fresh_school "郑州市金水区浏览器账号测试第${stamp}小学" || exit 1
export E2E_MOBILE="139$FRESH_DIGITS"
exec node school-account.mjs
