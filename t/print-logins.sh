#!/bin/bash
# t/print-logins.sh - printed at the end of `make run`: the address and the demo logins
# (sql/demo.sql). Reads HNEDU_PORT.
port=${HNEDU_PORT:-8080}
cat <<TXT

河南省教育保险管理系统 is running:  http://127.0.0.1:$port/school/
管理中心 (admin) logs in at:        http://127.0.0.1:$port/school/admin/login

Demo accounts (tab on the login page / login / password):
  学校       郑州市金水区文化路第一小学 (or 13800000001)   School@2026
  学校(中心校) 中牟县官渡镇中心学校 (or 13800000002)         Center@2026
  教育部门   金水区 (county)                               County@2026
  教育部门   郑州市 (city)                                 City@2026
  承保机构   pingan_henan (平安财险 河南省分公司)            Insurer@2026
  管理中心   admin  (at /school/admin/login)               Admin@2026
             then 登录验证: the SMS code (SMS stay in the outbox here) is shown by
             HNEDU_CONF=var/app.conf cgi-bin/manage sms-outbox 1

Logs: var/log/   Stop everything: make stop
TXT
