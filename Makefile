# Makefile for 河南省教育保险管理系统 (Henan Education Insurance Management System).
#
# Everyday commands (as root on Debian 12):
#   make run     install missing packages, build, start MariaDB + workers + nginx on
#                http://127.0.0.1:8080/school/ with demo data; prints the demo logins
#   make stop    stop exactly what `make run` started
#   make check   the same set-up on a throwaway database and port, then every test;
#                the last line is "N passed, N failed"
#   make         just build;   make deps   just install missing Debian/npm packages
#   make unit    only the Boost.Test unit tests;  make lint   only the lint tests
#   make bench   throughput beside its baseline (t/bench/*.sh) on the check MariaDB
#
# Knobs (make VAR=value):
#   DEVELOPER=1        turn warnings into errors (-Werror); .ci/run sets it
#   SANITIZE=address,undefined   build with sanitizers (use a clean tree: make clean)
#   O=-O2              optimisation flags
#   G=-g1              debug information: line tables and function names (backtraces and
#                      sanitizer reports with file:line) at 60% of -g's compile time; G=-g for
#                      a debugger's view of local variables
#   V=1                show full compiler command lines
#   HNEDU_PORT=8080    port of `make run`;  CHECK_PORT=8081 port of `make check`
#   T="t/t0100-login.sh ..."   limit `make check`/`make test` to these test scripts
#   CXXFLAGS / LDFLAGS extra flags appended to ours
#
# Layout: modules/*.cpp and modules/<area>/*.cpp build once into libcore.a;
# cgi-bin/<area>.cpp each link it into cgi-bin/<area>.fcgi. See README.md.

-include config.mak.autogen

CXX ?= g++
O ?= -O2
G ?= -g1
HNEDU_PORT ?= 8080
CHECK_PORT ?= 8081
SHELL = /bin/bash

WARNINGS = -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wformat=2 -Wno-unused-parameter
ifdef DEVELOPER
WARNINGS += -Werror
endif
HARDENING = -D_FORTIFY_SOURCE=2 -fstack-protector-strong -fPIE
HARDENING_LD = -pie -Wl,-z,relro,-z,now
ifdef SANITIZE
SAN_FLAGS = -fsanitize=$(SANITIZE) -fno-omit-frame-pointer
HARDENING = -fPIE
endif

# Unsafe C functions are compile errors in our code (modules/banned.h); not in Boost.Test.
BANNED = -include modules/banned.h
ALL_CXXFLAGS = -std=c++20 $(O) $(G) $(WARNINGS) $(HARDENING) $(SAN_FLAGS) -Imodules $(BANNED) \
	$(PKG_CFLAGS) -MMD -MP $(CXXFLAGS)
ALL_LDFLAGS = $(HARDENING_LD) $(SAN_FLAGS) $(LDFLAGS)
LIBS = $(PKG_LIBS)

ifndef V
QUIET_CXX = @echo '   CXX $@';
QUIET_LINK = @echo '   LINK $@';
QUIET_AR = @echo '   AR $@';
endif

AREAS = portal school center department insurer admin uploads

CORE_SOURCES += modules/application.cpp
CORE_SOURCES += modules/audit.cpp
CORE_SOURCES += modules/audit_verify.cpp
CORE_SOURCES += modules/config.cpp
CORE_SOURCES += modules/crypto.cpp
CORE_SOURCES += modules/csrf.cpp
CORE_SOURCES += modules/dates.cpp
CORE_SOURCES += modules/db.cpp
CORE_SOURCES += modules/form.cpp
CORE_SOURCES += modules/generated.cpp
CORE_SOURCES += modules/http.cpp
CORE_SOURCES += modules/json.cpp
CORE_SOURCES += modules/log.cpp
CORE_SOURCES += modules/mask.cpp
CORE_SOURCES += modules/money.cpp
CORE_SOURCES += modules/nav.cpp
CORE_SOURCES += modules/page.cpp
CORE_SOURCES += modules/password.cpp
CORE_SOURCES += modules/password_policy.cpp
CORE_SOURCES += modules/route.cpp
CORE_SOURCES += modules/scope.cpp
CORE_SOURCES += modules/serve.cpp
CORE_SOURCES += modules/replica.cpp
CORE_SOURCES += modules/session.cpp
CORE_SOURCES += modules/sms.cpp
CORE_SOURCES += modules/throttle.cpp
CORE_SOURCES += modules/signin.cpp
CORE_SOURCES += modules/year.cpp
CORE_SOURCES += modules/refdata.cpp
CORE_SOURCES += modules/portal/login.cpp
CORE_SOURCES += modules/portal/healthz.cpp
CORE_SOURCES += modules/school/home.cpp
CORE_SOURCES += modules/center/home.cpp
CORE_SOURCES += modules/center/register.cpp
CORE_SOURCES += modules/center/school.cpp
CORE_SOURCES += modules/announcements.cpp
CORE_SOURCES += modules/department/home.cpp
CORE_SOURCES += modules/department/schools_areas.cpp
CORE_SOURCES += modules/department/region_scope.cpp
CORE_SOURCES += modules/department/schools_counties.cpp
CORE_SOURCES += modules/department/schools_list.cpp
CORE_SOURCES += modules/department/schools.cpp
CORE_SOURCES += modules/department/uncovered_list.cpp
CORE_SOURCES += modules/department/uncovered.cpp
CORE_SOURCES += modules/department/uncovered_remind.cpp
# department statistics form (数据提交), 数据统计 and the region's claims
CORE_SOURCES += modules/department/statistics_data.cpp
CORE_SOURCES += modules/department/statistics_view.cpp
CORE_SOURCES += modules/department/statistics_form.cpp
CORE_SOURCES += modules/department/statistics_versions.cpp
CORE_SOURCES += modules/department/statistics_export.cpp
CORE_SOURCES += modules/department/statistics_admin.cpp
CORE_SOURCES += modules/department/statistics_figures.cpp
CORE_SOURCES += modules/department/charts.cpp
CORE_SOURCES += modules/department/statistics_page.cpp
CORE_SOURCES += modules/department/claims.cpp
CORE_SOURCES += modules/insurer/home.cpp
CORE_SOURCES += modules/admin/home.cpp
CORE_SOURCES += modules/admin/login.cpp
CORE_SOURCES += modules/uploads/download.cpp
# public flows: registration, captcha, recovery
CORE_SOURCES += modules/captcha.cpp
CORE_SOURCES += modules/multipart.cpp
CORE_SOURCES += modules/files.cpp
CORE_SOURCES += modules/portal/captcha_image.cpp
CORE_SOURCES += modules/portal/register.cpp
CORE_SOURCES += modules/portal/sms_code.cpp
CORE_SOURCES += modules/portal/forgot_password.cpp
CORE_SOURCES += modules/portal/forgot_account.cpp
CORE_SOURCES += modules/uploads/register.cpp
CORE_SOURCES += modules/uploads/center_register.cpp
# admin console
CORE_SOURCES += modules/pager.cpp
CORE_SOURCES += modules/admin/review.cpp
CORE_SOURCES += modules/admin/account_issue.cpp
CORE_SOURCES += modules/admin/registrations.cpp
CORE_SOURCES += modules/admin/school_import.cpp
CORE_SOURCES += modules/admin/school_import_rules.cpp
CORE_SOURCES += modules/admin/accounts.cpp
CORE_SOURCES += modules/admin/departments.cpp
CORE_SOURCES += modules/admin/companies.cpp
CORE_SOURCES += modules/admin/sms_log.cpp
CORE_SOURCES += modules/admin/announcement_manage.cpp
CORE_SOURCES += modules/admin/announcement_reads.cpp
CORE_SOURCES += modules/admin/queue.cpp
CORE_SOURCES += modules/admin/audit_log.cpp
CORE_SOURCES += modules/admin/products.cpp
CORE_SOURCES += modules/admin/changes.cpp
# account pages and sign-in security
CORE_SOURCES += modules/account/change_mobile.cpp
CORE_SOURCES += modules/account/change_password.cpp
CORE_SOURCES += modules/account/overview.cpp
CORE_SOURCES += modules/account/recent_logins.cpp
CORE_SOURCES += modules/portal/password_change.cpp
CORE_SOURCES += modules/portal/verify.cpp
CORE_SOURCES += modules/school/account.cpp
CORE_SOURCES += modules/school/account_basic.cpp
CORE_SOURCES += modules/school/account_change.cpp
# SMS gateway
CORE_SOURCES += modules/sms_sender.cpp
CORE_SOURCES += modules/portal/sms_callback.cpp
# spreadsheets (readers)
CORE_SOURCES += modules/sheet.cpp
CORE_SOURCES += modules/sheet_ooxml.cpp
CORE_SOURCES += modules/sheet_xlsx.cpp
CORE_SOURCES += modules/sheet_zip.cpp
CORE_SOURCES += modules/sheet_xls.cpp
CORE_SOURCES += modules/sheet_csv.cpp
CORE_SOURCES += modules/sheet_sandbox.cpp
# roster rules and storage
CORE_SOURCES += modules/halfwidth.cpp
CORE_SOURCES += modules/idcard.cpp
CORE_SOURCES += modules/pii.cpp
CORE_SOURCES += modules/pii_seal.cpp
CORE_SOURCES += modules/xlsx_writer.cpp
CORE_SOURCES += modules/roster_columns.cpp
CORE_SOURCES += modules/roster_check.cpp
CORE_SOURCES += modules/roster_store.cpp
CORE_SOURCES += modules/roster_intake.cpp
CORE_SOURCES += modules/roster_xlsx.cpp
CORE_SOURCES += modules/roster_diff.cpp
CORE_SOURCES += modules/school/enroll.cpp
CORE_SOURCES += modules/school/in_hand.cpp
CORE_SOURCES += modules/uploads/roster_upload.cpp
CORE_SOURCES += modules/school/policies.cpp
CORE_SOURCES += modules/uploads/enroll.cpp
# libxlsxwriter's headers use strncpy inside macros: the one file that includes them is exempt.
modules/xlsx_writer.o: BANNED =
# years and deadlines
CORE_SOURCES += modules/deadline.cpp
CORE_SOURCES += modules/admin/years.cpp
CORE_SOURCES += modules/admin/province_views.cpp
CORE_SOURCES += modules/admin/extensions.cpp
# coverage counters, modification and extra-insurer applications
CORE_SOURCES += modules/coverage.cpp
CORE_SOURCES += modules/list_counters.cpp
CORE_SOURCES += modules/modification.cpp
CORE_SOURCES += modules/school/enroll_modify.cpp
CORE_SOURCES += modules/uploads/enroll_modify.cpp
CORE_SOURCES += modules/admin/modifications.cpp
CORE_SOURCES += modules/school/enroll_extra.cpp
CORE_SOURCES += modules/school/enroll_manage.cpp
CORE_SOURCES += modules/admin/extra_insurers.cpp
# department: a school's 设置, 中心校管理, and the admin's 注销审核
CORE_SOURCES += modules/department/centers_relation.cpp
CORE_SOURCES += modules/department/school_settings.cpp
CORE_SOURCES += modules/department/school_settings_center.cpp
CORE_SOURCES += modules/department/school_settings_account.cpp
CORE_SOURCES += modules/department/school_settings_cancel.cpp
CORE_SOURCES += modules/department/school_changes.cpp
CORE_SOURCES += modules/department/centers.cpp
CORE_SOURCES += modules/admin/cancellations.cpp
# insurer area
CORE_SOURCES += modules/insurer/enrollment_scope.cpp
CORE_SOURCES += modules/insurer/region_select.cpp
CORE_SOURCES += modules/insurer/accounts.cpp
CORE_SOURCES += modules/insurer/enrollments.cpp
# background jobs (jobs table, manage jobs-worker) and the region roster export (下载区域花名册)
CORE_SOURCES += modules/jobs.cpp
CORE_SOURCES += modules/jobs_worker.cpp
CORE_SOURCES += modules/insurer/roster_export.cpp
CORE_SOURCES += modules/insurer/jobs_pages.cpp
# insurer policies (保单上传)
CORE_SOURCES += modules/insurer/policy_fields.cpp
CORE_SOURCES += modules/insurer/policy_deadline.cpp
CORE_SOURCES += modules/insurer/policy_store.cpp
CORE_SOURCES += modules/insurer/policy.cpp
CORE_SOURCES += modules/uploads/insurer_policy.cpp
CORE_SOURCES += modules/insurer/policy_zip.cpp
CORE_SOURCES += modules/insurer/policy_import.cpp
CORE_SOURCES += modules/uploads/insurer_policies.cpp
# insurer claims (保险数据上传) and the school's 理赔信息
CORE_SOURCES += modules/insurer/claim_rules.cpp
CORE_SOURCES += modules/insurer/claims.cpp
CORE_SOURCES += modules/insurer/claim_view.cpp
CORE_SOURCES += modules/insurer/claim_form.cpp
CORE_SOURCES += modules/school/claims.cpp
CORE_SOURCES += modules/insurer/claim_import.cpp
CORE_SOURCES += modules/uploads/insurer_claims.cpp
CORE_SOURCES += modules/uploads/sheet_import.cpp
CORE_SOURCES += modules/uploads/admin_school_import.cpp

UNIT_SOURCES += t/unit/main.cpp
UNIT_SOURCES += t/unit/audit_test.cpp
UNIT_SOURCES += t/unit/config_test.cpp
UNIT_SOURCES += t/unit/crypto_test.cpp
UNIT_SOURCES += t/unit/csrf_test.cpp
UNIT_SOURCES += t/unit/dates_test.cpp
UNIT_SOURCES += t/unit/db_test.cpp
UNIT_SOURCES += t/unit/form_test.cpp
UNIT_SOURCES += t/unit/http_test.cpp
UNIT_SOURCES += t/unit/mask_test.cpp
UNIT_SOURCES += t/unit/money_test.cpp
UNIT_SOURCES += t/unit/page_test.cpp
UNIT_SOURCES += t/unit/password_test.cpp
UNIT_SOURCES += t/unit/route_test.cpp
UNIT_SOURCES += t/unit/serve_test.cpp
UNIT_SOURCES += t/unit/session_test.cpp
UNIT_SOURCES += t/unit/hash_slot_test.cpp
UNIT_SOURCES += t/unit/multipart_test.cpp
UNIT_SOURCES += t/unit/sms_sender_test.cpp
UNIT_SOURCES += t/unit/pager_test.cpp
UNIT_SOURCES += t/unit/deadline_test.cpp
UNIT_SOURCES += t/unit/refdata_test.cpp
UNIT_SOURCES += t/unit/idcard_test.cpp
UNIT_SOURCES += t/unit/pii_test.cpp
UNIT_SOURCES += t/unit/xlsx_writer_test.cpp
UNIT_SOURCES += t/unit/roster_test.cpp
UNIT_SOURCES += t/unit/sheet_test.cpp
UNIT_SOURCES += t/unit/dept_statistics_test.cpp

CORE_OBJECTS = $(CORE_SOURCES:.cpp=.o)
UNIT_OBJECTS = $(UNIT_SOURCES:.cpp=.o)
$(UNIT_OBJECTS): BANNED =
PROGRAMS = $(AREAS:%=cgi-bin/%.fcgi) cgi-bin/manage
UNIT_TESTS = t/unit/unit-tests
BENCH_PROGRAMS = t/bench/import_bench t/bench/fcgi_hello t/bench/province_gen t/bench/export_bench

# ECharts for the department's 数据统计 charts: npm package (t/e2e/package.json, installed by
# `make deps`) copied under htdocs/ so nginx serves it (no CDN). Skipped while node_modules is
# absent (plain `make` before `make deps`); the page then shows its tables only.
ECHARTS_SRC = t/e2e/node_modules/echarts/dist/echarts.min.js
STATIC_ASSETS = $(if $(wildcard $(ECHARTS_SRC)),htdocs/js/vendor/echarts.min.js)

all: $(PROGRAMS) $(STATIC_ASSETS)

htdocs/js/vendor/echarts.min.js: $(ECHARTS_SRC)
	@mkdir -p $(@D) && cp $< $@

config.mak.autogen: configure.ac config.mak.in
	autoconf && ./configure --quiet

configure: configure.ac
	autoconf

# The common-password list becomes C++ string literals compiled into password_policy.o.
modules/common_passwords.inc: modules/common_passwords.txt
	@grep -v '^#' $< | grep -v '^$$' | sed 's/\\/\\\\/g; s/"/\\"/g; s/.*/"&",/' >$@+ && mv $@+ $@

modules/password_policy.o: modules/common_passwords.inc

modules/libcore.a: $(CORE_OBJECTS)
	$(QUIET_AR)rm -f $@ && ar rcs $@ $^

cgi-bin/%.fcgi: cgi-bin/%.o modules/libcore.a
	$(QUIET_LINK)$(CXX) $(ALL_LDFLAGS) -o $@ $< modules/libcore.a $(LIBS)

cgi-bin/manage: cgi-bin/manage.o modules/libcore.a
	$(QUIET_LINK)$(CXX) $(ALL_LDFLAGS) -o $@ $< modules/libcore.a $(LIBS)

$(UNIT_TESTS): $(UNIT_OBJECTS) modules/libcore.a
	$(QUIET_LINK)$(CXX) $(ALL_LDFLAGS) -o $@ $(UNIT_OBJECTS) modules/libcore.a $(LIBS)

%.o: %.cpp config.mak.autogen
	$(QUIET_CXX)$(CXX) $(ALL_CXXFLAGS) -c -o $@ $<

-include $(CORE_OBJECTS:.o=.d) $(UNIT_OBJECTS:.o=.d) $(AREAS:%=cgi-bin/%.d) cgi-bin/manage.d $(BENCH_PROGRAMS:=.d)

deps:
	@bash conf/deps.sh

run: deps
	@$(MAKE) --no-print-directory all
	@HNEDU_PORT=$(HNEDU_PORT) bash conf/stack.sh start
	@HNEDU_PORT=$(HNEDU_PORT) bash t/print-logins.sh

stop:
	@bash conf/stack.sh stop

# `make check`: throwaway var dir and port, every test, then stop what it started.
check: deps
	@$(MAKE) --no-print-directory all $(UNIT_TESTS) t/bench/province_gen
	@HNEDU_VAR=$(CURDIR)/var/check HNEDU_PORT=$(CHECK_PORT) bash t/run-tests.sh $(T)

# Tests against an already started check stack (faster edit-test loop).
test: all $(UNIT_TESTS) t/bench/province_gen
	@HNEDU_VAR=$(CURDIR)/var/check HNEDU_PORT=$(CHECK_PORT) HNEDU_KEEP_STACK=1 bash t/run-tests.sh $(T)

unit: $(UNIT_TESTS)
	@bash t/unit/run.sh

# `make bench`: throughput beside its baseline (PERFORMANCE.md), against the check MariaDB.
$(BENCH_PROGRAMS): %: %.o modules/libcore.a
	$(QUIET_LINK)$(CXX) $(ALL_LDFLAGS) -o $@ $< modules/libcore.a $(LIBS)

# `make bench`: every benchmark on the bench stack var/bench (port BENCH_PORT) with the province
# of `make bench-data` (made first when missing), then the final table (t/bench/run.sh;
# var/bench/bench.log, var/bench/bench-report.txt). BENCH_PARTS="http import export memory".
bench: deps all $(BENCH_PROGRAMS)
	@HNEDU_VAR=$(CURDIR)/var/bench HNEDU_PORT=$(BENCH_PORT) BENCH_SEED=$(BENCH_SEED) BENCH_ROWS_TOTAL=$(BENCH_ROWS) \
		BENCH_PARTS="$(or $(BENCH_PARTS),http import export memory)" bash t/bench/run.sh

lint:
	@prove t/t00*-lint-*.sh

clean:
	rm -f $(CORE_OBJECTS) $(UNIT_OBJECTS) $(CORE_OBJECTS:.o=.d) $(UNIT_OBJECTS:.o=.d) \
		cgi-bin/*.o cgi-bin/*.d modules/libcore.a modules/common_passwords.inc $(PROGRAMS) $(UNIT_TESTS) \
		$(BENCH_PROGRAMS) $(BENCH_PROGRAMS:=.o) $(BENCH_PROGRAMS:=.d) $(STATIC_ASSETS)

distclean: clean
	rm -rf config.mak.autogen config.log config.status configure autom4te.cache

.PHONY: all deps run stop check test unit bench lint clean distclean
.DELETE_ON_ERROR:

# ---- fault drills (issue 8) -------------------------------------------------------------
# `make check-drills`: every t/drills/*.sh (D="t/drills/a.sh ..." for some), one after another,
# each on its own throwaway stack at 127.0.0.1:$(CHECK_PORT); ends with "drills: N passed, N failed".
check-drills: deps
	@$(MAKE) --no-print-directory all
	@HNEDU_PORT=$(CHECK_PORT) bash t/run-drills.sh $(D)

.PHONY: check-drills

# ---- issue 8 (hostile values, sqlmap) -------------------------------------------------
# `make check-security`: sqlmap (installed by t/security/sqlmap.sh when missing, so `make
# check` never pays for it) run bounded against the login, search and list endpoints of the
# real nginx stack on CHECK_PORT; fails on any injectable parameter. About 10 minutes. Then the
# hostile-value scripts t1010-t1014 with HOSTILE_FULL=1: every hostile value in every field
# (`make check` gives each field the markup value and one other in turn). About 20 minutes more.
check-security: deps
	@$(MAKE) --no-print-directory all
	@HNEDU_VAR=$(CURDIR)/var/check HNEDU_PORT=$(CHECK_PORT) bash t/security/sqlmap.sh
	@HOSTILE_FULL=1 HNEDU_VAR=$(CURDIR)/var/check HNEDU_PORT=$(CHECK_PORT) bash t/run-tests.sh t/t101[0-4]-hostile-*.sh

.PHONY: check-security

# ---- memory safety (issue 8): make check-asan, make check-fuzz --------------------------
# check-asan: the whole suite against a copy of the tree (var/asan/tree) built with
# -fsanitize=address,undefined -fno-sanitize-recover=all, on its own port (CHECK_PORT,
# default 8089 here); any sanitizer report fails it (t/asan/check.sh).
# check-fuzz: the libFuzzer targets of t/fuzz (clang), each FUZZ_SECONDS long, after
# replaying their regression inputs (t/fuzz/check.sh).
ASAN_PORT = $(if $(filter command line environment,$(origin CHECK_PORT)),$(CHECK_PORT),8089)
FUZZ_SECONDS ?= 60

check-asan:
	@CHECK_PORT=$(ASAN_PORT) bash t/asan/check.sh $(T)

check-fuzz:
	@FUZZ_SECONDS=$(FUZZ_SECONDS) bash t/fuzz/check.sh

.PHONY: check-asan check-fuzz

# ---- bench data (issue 9): make bench-data ------------------------------------------------
# A separate stack under var/bench (port BENCH_PORT) whose app database hnedu holds the demo
# data plus a synthetic province (t/bench/province_gen + t/bench/province.sh): BENCH_SEED,
# BENCH_ROWS roster rows (BENCH_FULL=1: the whole province, 28 million). A second run with the
# same seed, rows and generator does nothing; with others it recreates hnedu (demo data kept,
# the province replaced). The logins of the generated province for the HTTP bench end
# up in var/bench/bench-accounts.
BENCH_PORT ?= 8090
BENCH_SEED ?= 1
BENCH_ROWS ?= $(if $(BENCH_FULL),28000000,5000000)

bench-data: all t/bench/province_gen
	@HNEDU_VAR=$(CURDIR)/var/bench HNEDU_PORT=$(BENCH_PORT) HNEDU_DB_BUFFER_POOL=4G bash conf/stack.sh start
	@HNEDU_VAR=$(CURDIR)/var/bench HNEDU_PORT=$(BENCH_PORT) bash t/bench/province.sh --replace --seed $(BENCH_SEED) --rows $(BENCH_ROWS)

.PHONY: bench-data

# ---- export and memory benchmarks (issue 9) ----------------------------------------------
# `make bench-export`: the insurer's region roster export job at 100k and 1M rows (BENCH_EXPORT_ROWS)
# beside openpyxl write_only: rows/s, peak RSS, RSS growth (t/bench/export.sh; ~8 minutes).
# `make bench-memory`: idle worker RSS of every area on the check stack (started if down, left
# running) and the parser's peak RSS on a 15,000-row roster (t/bench/memory.sh).
bench-export: all t/bench/export_bench
	@HNEDU_VAR=$(CURDIR)/var/check HNEDU_PORT=$(CHECK_PORT) nice -n 10 bash t/bench/export.sh

bench-memory: all t/bench/import_bench
	@HNEDU_VAR=$(CURDIR)/var/check HNEDU_PORT=$(CHECK_PORT) nice -n 10 bash t/bench/memory.sh

.PHONY: bench-export bench-memory

# ---- Debian package (issue 10): make deb, make check-deb -----------------------------------
# `make deb`: the .deb of this tree in var/deb/ (debian/make-deb.sh: build packages installed
# when missing, a copy of the tree built with dpkg-buildpackage, then lintian; see
# docs/operations.md). `make check-deb`: builds it, installs it on this machine with the
# system MariaDB and nginx (site on DEB_PORT), signs in through nginx, upgrades to a newer
# build, checks that nothing was lost, removes and purges it (t/deb/check-deb.sh; about
# 6 minutes on a built tree). Not part of `make check`: it installs system packages.
DEB_PORT ?= 8088

deb:
	@bash debian/make-deb.sh

check-deb: deps
	@$(MAKE) --no-print-directory all
	@DEB_PORT=$(DEB_PORT) bash t/deb/check-deb.sh

.PHONY: deb check-deb

# ---- scaling (issue 10): make check-scaling ----------------------------------------------
# Two application sets behind one nginx upstream and a MariaDB GTID replica (docs/scaling.md):
# t/scaling/two-hosts.sh and t/scaling/replica.sh, each on its own throwaway stack under
# t/out/drills/<name>/ at 127.0.0.1:$(SCALING_PORT) (MariaDB on loopback ports SCALING_PORT +
# 20000 and + 20001), through t/run-drills.sh; about 2 minutes. The port must be free.
SCALING_PORT ?= $(shell echo $$(($(CHECK_PORT) + 10)))

check-scaling: deps all
	@HNEDU_PORT=$(SCALING_PORT) bash t/run-drills.sh t/scaling/two-hosts.sh t/scaling/replica.sh

.PHONY: check-scaling

# ---- browser walkthroughs at both viewports (issue 11) --------------------------------------
# `make check-e2e-full`: every Chromium walkthrough of the manual (t/e2e/t91NN-*.sh) with
# E2E_PHONE_SHOTS=1, so each main page is also shot at 390×844 (t/e2e/out/NAME-phone.png) and
# fails when the page then scrolls sideways. `make check` runs them at 1366×768 only (with axe-core).
check-e2e-full: deps
	@$(MAKE) --no-print-directory all
	@E2E_PHONE_SHOTS=1 HNEDU_VAR=$(CURDIR)/var/check HNEDU_PORT=$(CHECK_PORT) bash t/run-tests.sh t/e2e/t91[0-9][0-9]-*.sh

.PHONY: check-e2e-full
