// captcha.cpp - drawing, storing and checking image captchas (see captcha.h).
#include "captcha.h"

#include <gd.h>
#include <gdfontg.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "config.h"
#include "context.h"
#include "crypto.h"
#include "db.h"

namespace {

constexpr int kWidth = 120;
constexpr int kHeight = 44;
constexpr int kDigits = 4;
constexpr int kMinutes = 5;

const char* const kPurposes[] = {"register", "forgot_account", "forgot_password", "login"};

// Random numbers for the drawing, from the CSPRNG in one batch.
class Dice {
 public:
  Dice() : pool_(random_bytes(512)) {}
  // Uniform-enough integer in [lo, hi] for noise and jitter (not for the answer).
  int between(int lo, int hi) {
    if (pos_ + 2 > pool_.size()) {
      pool_ = random_bytes(512);
      pos_ = 0;
    }
    unsigned v = (static_cast<unsigned char>(pool_[pos_]) << 8) | static_cast<unsigned char>(pool_[pos_ + 1]);
    pos_ += 2;
    return lo + static_cast<int>(v % static_cast<unsigned>(hi - lo + 1));
  }

 private:
  std::string pool_;
  size_t pos_ = 0;
};

struct ImageDeleter {
  void operator()(gdImagePtr im) const { gdImageDestroy(im); }
};
using Image = std::unique_ptr<gdImage, ImageDeleter>;

Image new_image(int w, int h) {
  Image im(gdImageCreateTrueColor(w, h));
  if (!im) throw std::runtime_error("gdImageCreateTrueColor failed");
  return im;
}

// One digit, bold and enlarged, on a transparent square ready to be rotated onto the card.
Image glyph(char digit, int color) {
  gdFontPtr font = gdFontGetGiant();  // 9 x 15
  Image small = new_image(font->w + 1, font->h);
  gdImageAlphaBlending(small.get(), 0);
  gdImageSaveAlpha(small.get(), 1);
  gdImageFilledRectangle(small.get(), 0, 0, font->w, font->h, gdTrueColorAlpha(255, 255, 255, gdAlphaTransparent));
  gdImageChar(small.get(), font, 0, 0, digit, color);
  gdImageChar(small.get(), font, 1, 0, digit, color);  // a second stroke: bold
  Image big = new_image(22, 34);
  gdImageAlphaBlending(big.get(), 0);
  gdImageSaveAlpha(big.get(), 1);
  gdImageFilledRectangle(big.get(), 0, 0, 21, 33, gdTrueColorAlpha(255, 255, 255, gdAlphaTransparent));
  gdImageCopyResampled(big.get(), small.get(), 0, 0, 0, 0, 22, 34, font->w + 1, font->h);
  return big;
}

std::string sid_hash(const std::string& sid) {
  std::string raw;
  if (sid.size() != 64 || !from_hex(sid, raw)) return "";
  return sha256(raw);
}

std::string answer_hmac(const Config& config, std::string_view purpose, std::string_view answer) {
  return hmac_sha256(config.secret, "captcha|" + std::string(purpose) + "|" + std::string(answer));
}

// "０４ 27" → "0427"-style normalisation: full-width digits become ASCII, spaces go.
std::string normalise(std::string_view answer) {
  std::string out;
  for (size_t i = 0; i < answer.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(answer[i]);
    if (c >= '0' && c <= '9') {
      out += static_cast<char>(c);
    } else if (c == 0xEF && i + 2 < answer.size() && static_cast<unsigned char>(answer[i + 1]) == 0xBC &&
               static_cast<unsigned char>(answer[i + 2]) >= 0x90 && static_cast<unsigned char>(answer[i + 2]) <= 0x99) {
      out += static_cast<char>('0' + (static_cast<unsigned char>(answer[i + 2]) - 0x90));  // U+FF10..U+FF19
      i += 2;
    } else if (c == ' ' || c == '\t') {
      continue;
    } else {
      return "";  // anything else cannot be a right answer
    }
  }
  return out;
}

}  // namespace

bool captcha_purpose_known(std::string_view purpose) {
  for (const char* p : kPurposes)
    if (purpose == p) return true;
  return false;
}

std::string captcha_png(std::string_view digits) {
  Dice dice;
  Image im = new_image(kWidth, kHeight);
  gdImageAlphaBlending(im.get(), 1);
  gdImageFilledRectangle(im.get(), 0, 0, kWidth - 1, kHeight - 1,
                         gdTrueColor(dice.between(238, 250), dice.between(240, 250), dice.between(244, 255)));
  // Background noise under the digits: faint lines and dots.
  for (int i = 0; i < 6; ++i)
    gdImageLine(im.get(), dice.between(0, kWidth), dice.between(0, kHeight), dice.between(0, kWidth),
                dice.between(0, kHeight), gdTrueColor(dice.between(150, 210), dice.between(150, 210), dice.between(150, 210)));
  static const int kInk[][3] = {{29, 63, 114}, {122, 46, 14}, {32, 91, 43}, {75, 42, 123}, {20, 20, 20}};
  int cell = (kWidth - 8) / kDigits;
  for (size_t i = 0; i < digits.size(); ++i) {
    const int* ink = kInk[dice.between(0, 4)];
    Image g = glyph(digits[i], gdTrueColor(ink[0], ink[1], ink[2]));
    double cx = 4 + cell * static_cast<int>(i) + cell / 2.0 + dice.between(-2, 2);
    double cy = kHeight / 2.0 + dice.between(-2, 2);
    gdImageCopyRotated(im.get(), g.get(), cx, cy, 0, 0, 22, 34, dice.between(-20, 20));
  }
  // Foreground noise across the digits: two thin lines, dots; light enough to read through.
  for (int i = 0; i < 2; ++i) {
    gdImageSetThickness(im.get(), 1);
    gdImageLine(im.get(), 0, dice.between(8, kHeight - 8), kWidth - 1, dice.between(8, kHeight - 8),
                gdTrueColor(dice.between(90, 160), dice.between(90, 160), dice.between(90, 160)));
  }
  for (int i = 0; i < 140; ++i)
    gdImageSetPixel(im.get(), dice.between(0, kWidth - 1), dice.between(0, kHeight - 1),
                    gdTrueColor(dice.between(60, 200), dice.between(60, 200), dice.between(60, 200)));
  int size = 0;
  void* png = gdImagePngPtr(im.get(), &size);
  if (!png || size <= 0) throw std::runtime_error("gdImagePngPtr failed");
  std::string out(static_cast<const char*>(png), static_cast<size_t>(size));
  gdFree(png);
  return out;
}

std::string captcha_issue(Ctx& ctx, std::string_view purpose) {
  if (!captcha_purpose_known(purpose)) throw std::invalid_argument("unknown captcha purpose");
  std::string digits;
  while (digits.size() < kDigits) {
    for (unsigned char b : random_bytes(8))
      if (b < 250 && digits.size() < kDigits) digits += static_cast<char>('0' + b % 10);  // no modulo bias
  }
  std::string png = captcha_png(digits);
  ctx.db.exec("REPLACE INTO captchas (sid_hash, purpose, code_hmac, expires_at)"
              " VALUES (?, ?, ?, UTC_TIMESTAMP() + INTERVAL ? MINUTE)",
              {sid_hash(ctx.session.sid), std::string(purpose), answer_hmac(ctx.config, purpose, digits),
               int64_t{kMinutes}});
  // Keep the table small: expired answers of visitors who never came back.
  ctx.db.exec("DELETE FROM captchas WHERE expires_at < UTC_TIMESTAMP() - INTERVAL 1 HOUR LIMIT 100");
  return png;
}

bool captcha_check(Ctx& ctx, std::string_view purpose, std::string_view answer) {
  std::string key = sid_hash(ctx.session.sid);
  if (key.empty() || ctx.session.new_cookie) return false;
  auto row = ctx.db.query_one(
      "SELECT code_hmac, expires_at > UTC_TIMESTAMP() AS live FROM captchas WHERE sid_hash = ? AND purpose = ?",
      {key, std::string(purpose)});
  if (!row) return false;
  // Single use: only the request whose DELETE removes the row may succeed.
  bool mine = ctx.db.exec("DELETE FROM captchas WHERE sid_hash = ? AND purpose = ?", {key, std::string(purpose)}) == 1;
  std::string given = normalise(answer);
  return mine && row->i64("live") && given.size() == kDigits &&
         equal_ct(row->str("code_hmac"), answer_hmac(ctx.config, purpose, given));
}
