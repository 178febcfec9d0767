# t/fuzz/fuzz.mk - builds the libFuzzer targets of t/fuzz with clang (run by t/fuzz/check.sh
# from the top of the tree: make -f t/fuzz/fuzz.mk OUT=var/fuzz/build). Only the module
# sources the targets need are compiled, here with clang and coverage instrumentation
# (-fsanitize=fuzzer-no-link), into $(OUT); the normal g++ build is not touched.
FUZZ_CXX ?= clang++
OUT ?= var/fuzz/build

FUZZ_TARGETS = urlencoded multipart cookie idcard csv xlsx xlsx_xml
FUZZ_MODULES = http form multipart crypto dates halfwidth idcard \
	sheet sheet_csv sheet_xls sheet_zip sheet_ooxml sheet_xlsx
FUZZ_LIBS = -lzip -lexpat -lfreexl -lz -lssl -lcrypto -lm

SAN = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_FLAGS = -std=c++20 -O1 -g $(SAN) -Wall -Wextra -Wno-unused-parameter -Imodules \
	-include modules/banned.h -MMD -MP

MODULE_OBJECTS = $(FUZZ_MODULES:%=$(OUT)/modules/%.o)
TARGET_OBJECTS = $(FUZZ_TARGETS:%=$(OUT)/t/%.o)
FUZZ_PROGRAMS = $(FUZZ_TARGETS:%=$(OUT)/%)

all: $(FUZZ_PROGRAMS)

$(OUT)/modules/%.o: modules/%.cpp
	@mkdir -p $(@D)
	@echo '   CLANG $@'
	@$(FUZZ_CXX) $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(OUT)/t/%.o: t/fuzz/%.cpp
	@mkdir -p $(@D)
	@echo '   CLANG $@'
	@$(FUZZ_CXX) $(FUZZ_FLAGS) -It/fuzz -fsanitize=fuzzer-no-link -c -o $@ $<

$(OUT)/%: $(OUT)/t/%.o $(MODULE_OBJECTS)
	@echo '   LINK $@'
	@$(FUZZ_CXX) $(SAN) -fsanitize=fuzzer -o $@ $^ $(FUZZ_LIBS)

-include $(MODULE_OBJECTS:.o=.d) $(TARGET_OBJECTS:.o=.d)

.PHONY: all
.DELETE_ON_ERROR:
.SECONDARY:
