// sheet_csv.cpp - the .csv reader: comma-separated, RFC 4180 quoting ("" inside quotes,
// line breaks inside quoted fields), CRLF, LF or CR line ends. Encoding: UTF-8 (with or
// without BOM) when the whole file is valid UTF-8, otherwise GBK (read as GB18030, its
// superset) converted with iconv. Streamed in 64 KB pieces; every cell is text
// (numeric=false): a CSV file has no types. Row numbers count records, as Excel shows them.
#include <iconv.h>

#include <cerrno>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sheet_internal.h"

namespace {

constexpr size_t kChunk = 64 << 10;

[[noreturn]] void bad_encoding() {
  throw SheetError("无法识别 CSV 文件的编码，请用 UTF-8 或 GBK 编码保存（或另存为 .xlsx）后重新上传");
}

// Streaming UTF-8 validator (no overlong forms, no surrogates, nothing above U+10FFFF).
class Utf8Check {
 public:
  bool feed(const unsigned char* p, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      unsigned char b = p[i];
      if (need_ == 0) {
        if (b < 0x80) continue;
        lo_ = 0x80, hi_ = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) need_ = 1;
        else if (b == 0xE0) need_ = 2, lo_ = 0xA0;
        else if (b == 0xED) need_ = 2, hi_ = 0x9F;
        else if (b >= 0xE1 && b <= 0xEF) need_ = 2;
        else if (b == 0xF0) need_ = 3, lo_ = 0x90;
        else if (b >= 0xF1 && b <= 0xF3) need_ = 3;
        else if (b == 0xF4) need_ = 3, hi_ = 0x8F;
        else return false;
      } else {
        if (b < lo_ || b > hi_) return false;
        lo_ = 0x80, hi_ = 0xBF;
        --need_;
      }
    }
    return true;
  }
  bool complete() const { return need_ == 0; }

 private:
  int need_ = 0;
  unsigned char lo_ = 0x80, hi_ = 0xBF;
};

bool is_utf8_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) sheet_fail_corrupt("csv");
  std::vector<char> buf(kChunk);
  Utf8Check check;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    size_t n = static_cast<size_t>(in.gcount());
    if (!check.feed(reinterpret_cast<const unsigned char*>(buf.data()), n)) return false;
  }
  return check.complete();
}

// The record/field state machine over UTF-8 bytes.
class CsvParser {
 public:
  CsvParser(SheetRows& rows, const SheetLimits& limits) : rows_(rows), limits_(limits) {}

  void feed(const char* p, size_t n) {
    for (size_t i = 0; i < n; ++i) {
      char c = p[i];
      if (skip_lf_) {
        skip_lf_ = false;
        if (c == '\n') continue;
      }
      if (!in_record_) {
        in_record_ = true;
        column_ = 1;
        rows_.begin(++record_);
      }
      switch (state_) {
        case kFieldStart:
          if (c == '"') state_ = kQuoted;
          else if (!delimiter(c)) append(c), state_ = kUnquoted;
          break;
        case kUnquoted:
          if (!delimiter(c)) append(c);
          break;
        case kQuoted:
          if (c == '"') state_ = kQuoteInQuoted;
          else append(c);
          break;
        case kQuoteInQuoted:
          if (c == '"') append(c), state_ = kQuoted;          // "" is one quote
          else if (!delimiter(c)) append(c), state_ = kUnquoted;  // text after the closing quote: kept
          break;
      }
    }
  }

  void finish() {
    if (state_ == kQuoted)
      throw SheetError("CSV 文件格式错误：第 " + std::to_string(record_) + " 行的引号没有闭合，请检查后重新上传");
    if (in_record_) end_record();
    rows_.finish();
  }

 private:
  enum State { kFieldStart, kUnquoted, kQuoted, kQuoteInQuoted };

  // Handles c when it ends a field or a record (outside quotes); false for ordinary text.
  bool delimiter(char c) {
    if (c == ',') {
      end_field();
      state_ = kFieldStart;
      return true;
    }
    if (c == '\n' || c == '\r') {
      skip_lf_ = c == '\r';
      end_record();
      return true;
    }
    return false;
  }
  void append(char c) {
    if (field_.size() >= limits_.max_cell_bytes) sheet_fail_cell_too_long(record_, column_, limits_.max_cell_bytes);
    field_ += c;
  }
  void end_field() {
    rows_.cell(column_++, field_, false);
    field_.clear();
  }
  void end_record() {
    end_field();
    rows_.end();
    in_record_ = false;
    state_ = kFieldStart;
  }

  SheetRows& rows_;
  const SheetLimits& limits_;
  State state_ = kFieldStart;
  bool in_record_ = false, skip_lf_ = false;
  size_t record_ = 0, column_ = 1;
  std::string field_;
};

// GB18030 → UTF-8 in pieces; a character cut at the end of a piece waits for the next one.
class GbkDecoder {
 public:
  GbkDecoder() : cd_(iconv_open("UTF-8", "GB18030")) {
    if (cd_ == reinterpret_cast<iconv_t>(-1)) throw SheetError("服务器无法转换 GBK 编码，请另存为 .xlsx 后上传");
  }
  ~GbkDecoder() { iconv_close(cd_); }
  GbkDecoder(const GbkDecoder&) = delete;
  GbkDecoder& operator=(const GbkDecoder&) = delete;

  // Appends the converted text of in (after what was left of the previous piece) to out.
  void convert(const char* data, size_t n, std::string& out) {
    pending_.append(data, n);
    char* in = pending_.data();
    size_t in_left = pending_.size();
    char buf[kChunk];
    while (in_left > 0) {
      char* o = buf;
      size_t o_left = sizeof buf;
      size_t r = iconv(cd_, &in, &in_left, &o, &o_left);
      out.append(buf, static_cast<size_t>(o - buf));
      if (r != static_cast<size_t>(-1)) continue;
      if (errno == E2BIG) continue;
      if (errno == EINVAL) break;  // an incomplete character at the end: keep it
      bad_encoding();
    }
    pending_.erase(0, pending_.size() - in_left);
    if (pending_.size() > 8) bad_encoding();
  }
  bool complete() const { return pending_.empty(); }

 private:
  iconv_t cd_;
  std::string pending_;
};

}  // namespace

void sheet_read_csv(const std::string& path, const SheetLimits& limits, const SheetEach& each) {
  bool utf8 = is_utf8_file(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) sheet_fail_corrupt("csv");
  SheetRows rows(limits, each);
  CsvParser parser(rows, limits);
  std::vector<char> buf(kChunk);
  std::string converted;
  std::unique_ptr<GbkDecoder> gbk;
  if (!utf8) gbk = std::make_unique<GbkDecoder>();
  bool first = true;
  while (in) {
    in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
    size_t n = static_cast<size_t>(in.gcount());
    if (n == 0) break;
    const char* p = buf.data();
    if (first && utf8 && n >= 3 && std::string_view(p, 3) == "\xEF\xBB\xBF") p += 3, n -= 3;
    first = false;
    if (gbk) {
      converted.clear();
      gbk->convert(p, n, converted);
      parser.feed(converted.data(), converted.size());
    } else {
      parser.feed(p, n);
    }
  }
  if (gbk && !gbk->complete()) bad_encoding();
  parser.finish();
}
