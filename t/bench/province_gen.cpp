// t/bench/province_gen.cpp - a deterministic synthetic Henan province for the benchmarks
// (issue 9, PERFORMANCE.md "The load"): schools over the county-level regions in realistic
// proportions (郑州市 3,767 with the demo's at full scale), their accounts (one school account
// each, a department account per county and city, insurer accounts of every company at
// province, city and county level), enrollments of the three products for the current year,
// roster rows with valid synthetic ID numbers sealed as the application seals them (pii_hmac,
// pii_encrypt with a nonce drawn from the seed, roster_mask_id), policies and claims.
// Writes one TSV per table (LOAD DATA format: \N = NULL, binary columns as hex) into --out,
// plus password-hash (one Argon2id PHC string for every account: "Bench@2026") and
// bench-accounts (the logins t/bench/http.sh signs in with). Reads the reference data, the
// demo's highest ids and the PII key from the database of $HNEDU_CONF: the same seed, scale
// and database give byte-identical TSVs (t/bench/province.sh loads them).
//
//   province_gen --out DIR [--seed N] [--rows N] [--schools N]
//
// Prints progress on stderr and one line on stdout:
//   schools=.. accounts=.. enrollments=.. roster_rows=.. policies=.. claims=.. generate_s=.. rows_per_s=..
#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "config.h"
#include "crypto.h"
#include "db.h"
#include "idcard.h"
#include "mask.h"
#include "password.h"
#include "pii.h"
#include "roster.h"

namespace {

constexpr int64_t kProvinceSchools = 47000;
constexpr int64_t kZhengzhouSchools = 3767;
constexpr const char* kPassword = "Bench@2026";

// ---- output ------------------------------------------------------------------------------

// A TSV file written through a 4 MiB buffer; fields are appended raw or escaped.
class Tsv {
 public:
  explicit Tsv(const std::string& path) : path_(path), f_(std::fopen(path.c_str(), "wb")) {
    if (!f_) throw std::runtime_error("cannot write " + path);
    buf_.reserve(kFlush + 4096);
  }
  ~Tsv() {
    if (f_) std::fclose(f_);
  }
  Tsv& raw(std::string_view s) {
    sep();
    buf_ += s;
    return *this;
  }
  Tsv& num(int64_t v) {
    sep();
    buf_ += std::to_string(v);
    return *this;
  }
  Tsv& null() { return raw("\\N"); }
  Tsv& opt(std::string_view s) { return s.empty() ? null() : text(s); }
  Tsv& optnum(int64_t v) { return v ? num(v) : null(); }
  Tsv& hex(std::string_view bin) { return bin.empty() ? null() : raw(to_hex(bin)); }
  Tsv& text(std::string_view s) {  // generated text never holds tabs, newlines or backslashes
    for (char c : s)
      if (c == '\t' || c == '\n' || c == '\\') throw std::logic_error("tsv: control character in generated text");
    return raw(s);
  }
  void end() {
    buf_ += '\n';
    first_ = true;
    ++rows_;
    if (buf_.size() >= kFlush) flush();
  }
  void close() {
    flush();
    if (std::fclose(f_) != 0) throw std::runtime_error("cannot write " + path_);
    f_ = nullptr;
  }
  int64_t rows() const { return rows_; }

 private:
  static constexpr size_t kFlush = 4 << 20;
  void sep() {
    if (!first_) buf_ += '\t';
    first_ = false;
  }
  void flush() {
    if (!buf_.empty() && std::fwrite(buf_.data(), 1, buf_.size(), f_) != buf_.size())
      throw std::runtime_error("cannot write " + path_);
    buf_.clear();
  }
  std::string path_;
  FILE* f_;
  std::string buf_;
  bool first_ = true;
  int64_t rows_ = 0;
};

// ---- randomness --------------------------------------------------------------------------

struct Rng {
  std::mt19937_64 g;
  explicit Rng(uint64_t seed) : g(seed) {}
  int64_t between(int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(g); }
  double unit() { return std::uniform_real_distribution<double>(0, 1)(g); }
  bool chance(double p) { return unit() < p; }
  template <class T>
  const T& pick(const std::vector<T>& v) { return v[static_cast<size_t>(between(0, static_cast<int64_t>(v.size()) - 1))]; }
  size_t weighted(const std::vector<double>& w) { return std::discrete_distribution<size_t>(w.begin(), w.end())(g); }
  // 12-byte GCM nonces for pii_encrypt_with_nonce: 96 random bits from their own stream.
  std::string nonce() {
    std::string n(12, '\0');
    uint64_t a = g(), b = g();
    for (int i = 0; i < 8; ++i) n[i] = static_cast<char>(a >> (8 * i));
    for (int i = 0; i < 4; ++i) n[8 + i] = static_cast<char>(b >> (8 * i));
    return n;
  }
};

// Code points of a UTF-8 string of CJK characters.
std::vector<std::string> chars(std::string_view s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    size_t n = (static_cast<unsigned char>(s[i]) >= 0xF0) ? 4 : (static_cast<unsigned char>(s[i]) >= 0xE0) ? 3
               : (static_cast<unsigned char>(s[i]) >= 0xC0) ? 2 : 1;
    out.emplace_back(s.substr(i, n));
    i += n;
  }
  return out;
}

const std::vector<std::string> kSurnames = chars(
    "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文");
const std::vector<std::string> kGiven = chars(
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉晨浩宇轩博文梓涵欣怡子萱一诺思雨嘉豪俊杰子轩雨泽梓萱佳怡");
const std::vector<std::string> kPlace = chars(
    "东西南北中新老大小前后上下石桥河湾沟岗坡集店寨营庄屯楼堂林花柳杨槐桑李王张刘陈赵孙周吴郭马高宋黄韩冯");
const std::vector<std::string> kRoadWords = {"文化", "建设", "人民", "解放", "黄河", "长江", "嵩山", "中原", "友谊",
                                             "胜利", "红旗", "育才", "光明", "和平", "青年", "工人", "纬一", "经三",
                                             "农业", "南阳", "东风", "大学", "桐柏", "伏牛", "淮河", "商都", "兴华",
                                             "金水", "花园", "健康"};
const std::vector<std::string> kOrdinals = {"第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十"};

std::string person_name(Rng& r) {
  std::string n = r.pick(kSurnames) + r.pick(kGiven);
  if (r.chance(0.7)) n += r.pick(kGiven);
  return n;
}

std::string mobile(Rng& r) {
  static const char* const prefixes[] = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151",
                                         "152", "155", "156", "157", "158", "159", "166", "176", "177", "178",
                                         "180", "181", "182", "185", "186", "187", "188", "189", "199"};
  char tail[40];
  std::snprintf(tail, sizeof tail, "%08lld", static_cast<long long>(r.between(0, 99999999)));
  return std::string(prefixes[r.between(0, 28)]) + tail;
}

// ---- calendar ----------------------------------------------------------------------------

// Days since 1970-01-01 of a civil date, and back (Howard Hinnant's algorithms).
int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}
void civil_from_days(int64_t z, int& y, int& m, int& d) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2));
}
std::string date_of(int64_t days) {
  int y, m, d;
  civil_from_days(days, y, m, d);
  char b[40];
  std::snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, d);
  return b;
}
std::string compact_date(int64_t days) {
  int y, m, d;
  civil_from_days(days, y, m, d);
  char b[40];
  std::snprintf(b, sizeof b, "%04d%02d%02d", y, m, d);
  return b;
}
// "YYYY-MM-DD hh:mm:ss" of a day and a second of the day.
std::string datetime_of(int64_t days, int64_t second) {
  char b[40];
  std::snprintf(b, sizeof b, " %02lld:%02lld:%02lld", static_cast<long long>(second / 3600),
                static_cast<long long>(second / 60 % 60), static_cast<long long>(second % 60));
  return date_of(days) + b;
}
int64_t parse_date(const std::string& s) {
  return days_from_civil(std::stoi(s.substr(0, 4)), static_cast<unsigned>(std::stoi(s.substr(5, 2))),
                         static_cast<unsigned>(std::stoi(s.substr(8, 2))));
}

// ---- the province ------------------------------------------------------------------------

struct Region {
  std::string code, name, parent;
  bool city = false;      // a city: its own code serves its 市直 schools
  bool district = false;  // a 区 (urban district)
  int64_t schools = 0;    // schools to generate
  std::vector<std::string> towns;
};

// School types (school_types.name) with their share of the province (PERFORMANCE.md "The
// load", normalized) and per-school roster means (students, staff, interns; 0 = not enrolled).
struct SchoolType {
  const char* name;
  double share;
  double students, staff, interns;
  int first_age, grades;  // age in the first grade, number of grades
  const char* suffix;
};
const std::vector<SchoolType> kTypes = {
    {"幼儿园", 22600, 190, 16, 0, 3, 3, "幼儿园"},
    {"小学", 15400, 620, 38, 0, 6, 6, "小学"},
    {"教学点", 8900, 45, 4, 0, 6, 3, "教学点"},
    {"初中", 3900, 1050, 80, 0, 12, 3, "中学"},
    {"九年一贯制", 800, 1400, 95, 0, 6, 9, "学校"},
    {"高中", 700, 2600, 190, 0, 15, 3, "高级中学"},
    {"完全中学", 250, 2400, 180, 0, 12, 6, "中学"},
    {"中职", 520, 1900, 130, 600, 15, 3, "职业中等专业学校"},
    {"高职", 110, 9000, 520, 2500, 18, 3, "职业技术学院"},
    {"特殊教育", 160, 150, 40, 0, 6, 9, "特殊教育学校"},
};
// 市直 schools lean towards the secondary and vocational types.
const std::vector<double> kCityShare = {15, 0, 0, 12, 4, 30, 12, 16, 6, 5};
// The 小学 index and the vocational ones.
constexpr size_t kPrimary = 1, kTeachingSite = 2;
bool vocational(size_t t) { return t == 7 || t == 8; }

const char* const kGradeNames[][9] = {
    {"小班", "中班", "大班"},
    {"一年级", "二年级", "三年级", "四年级", "五年级", "六年级"},
    {"一年级", "二年级", "三年级"},
    {"七年级", "八年级", "九年级"},
    {"一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级"},
    {"高一", "高二", "高三"},
    {"七年级", "八年级", "九年级", "高一", "高二", "高三"},
    {"一年级", "二年级", "三年级"},
    {"大一", "大二", "大三"},
    {"一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级"},
};
const std::vector<std::string> kPositions = {"教师", "教师", "教师", "教师", "班主任", "班主任", "校长", "副校长",
                                             "教务主任", "会计", "后勤", "保安", "校医"};
const std::vector<std::string> kKgPositions = {"教师", "教师", "保育员", "保育员", "园长", "厨师", "保安"};
const std::vector<std::string> kMajors = {"数控技术应用", "计算机应用", "电子商务", "护理", "汽车运用与维修",
                                          "会计事务", "学前教育", "机电技术应用", "酒店服务与管理", "建筑工程施工"};
const std::vector<std::string> kUnitKinds = {"机械制造有限公司", "电子科技有限公司", "人民医院", "汽车销售服务有限公司",
                                             "商贸有限公司", "大酒店", "建设工程有限公司", "物流有限公司"};
const std::vector<std::string> kCauses = {"课间活动时摔倒致右臂骨折", "体育课跑步时扭伤脚踝", "上下楼梯时与同学碰撞受伤",
                                          "实验课操作时手部划伤", "校园内被掉落物品砸伤", "午休起床时从床上跌落"};

struct School {
  int64_t id;
  std::string name, region, city, type_name, nature, contact, mob, created, approved;
  size_t type;
  int64_t center = 0;
  bool is_center = false;
  std::string area;  // 6-digit area code of its pupils' ID numbers
};

struct Enrollment {
  int64_t id, school, product, company, rows, account;  // company: index in companies, -1 = none
  size_t school_index;
  std::string status, created, submitted, insured;
};

// Distinct ID numbers per product: the next sequence of (area, birth day, sex).
class IdSequences {
 public:
  // The 18-character number of a person born on day `birth` (days since 1970) in area,
  // male or not; "" when the 500 numbers of that day and sex are used up.
  std::string next(const std::string& area, int64_t birth, bool male) {
    uint64_t key = (static_cast<uint64_t>(std::stoul(area)) << 24) ^ (static_cast<uint64_t>(birth + 40000) << 1) ^ male;
    uint16_t& n = used_[key];
    if (n >= 500) return "";
    int seq = n++ * 2 + (male ? 1 : 0);
    char s[40];
    std::snprintf(s, sizeof s, "%03d", seq);
    std::string first17 = area + compact_date(birth) + s;
    return first17 + idcard_check_char(first17);
  }

 private:
  std::unordered_map<uint64_t, uint16_t> used_;
};

int usage() {
  std::cerr << "usage: province_gen --out DIR [--seed N] [--rows N] [--schools N]\n";
  return 2;
}

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string out;
  int64_t seed = 1, total_rows = 5000000, total_schools = kProvinceSchools;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string k = argv[i], v = argv[i + 1];
    if (k == "--out") out = v;
    else if (k == "--seed") seed = std::stoll(v);
    else if (k == "--rows") total_rows = std::stoll(v);
    else if (k == "--schools") total_schools = std::stoll(v);
    else return usage();
  }
  if (out.empty() || total_schools < 40 || total_rows < 1) return usage();
  try {
    auto t0 = std::chrono::steady_clock::now();
    Config config = Config::from_env();
    Db db(config);
    mkdir(out.c_str(), 0755);
    Rng rng(static_cast<uint64_t>(seed) * 0x9E3779B97F4A7C15ULL ^ static_cast<uint64_t>(total_rows) ^
            (static_cast<uint64_t>(total_schools) << 40));
    Rng nonces(static_cast<uint64_t>(seed) * 0xD1B54A32D192ED03ULL + static_cast<uint64_t>(total_rows) * 31 +
               static_cast<uint64_t>(total_schools));

    // Reference data and where the demo's ids end.
    auto year = db.query_one("SELECT id, starts_on, ends_on FROM academic_years WHERE is_current = 1");
    if (!year) throw std::runtime_error("no current academic year");
    const int64_t year_id = year->i64("id");
    const int64_t year_start = parse_date(year->str("starts_on")), year_end = parse_date(year->str("ends_on"));
    int start_year, sm, sd;
    civil_from_days(year_start, start_year, sm, sd);
    auto max_id = [&](const char* sql) { return db.query_one(sql)->i64("m"); };
    int64_t next_school = max_id("SELECT COALESCE(MAX(id), 0) AS m FROM schools") + 1;
    int64_t next_account = max_id("SELECT COALESCE(MAX(id), 0) AS m FROM accounts") + 1;
    int64_t next_enrollment = max_id("SELECT COALESCE(MAX(id), 0) AS m FROM enrollments") + 1;
    int64_t next_policy = max_id("SELECT COALESCE(MAX(id), 0) AS m FROM policies") + 1;
    int64_t next_claim = max_id("SELECT COALESCE(MAX(id), 0) AS m FROM claims") + 1;
    std::vector<std::pair<int64_t, std::string>> companies;
    for (const Row& r : db.query("SELECT id, name FROM insurance_companies WHERE status = 'active' ORDER BY id"))
      companies.emplace_back(r.i64("id"), r.str("name"));
    if (companies.empty()) throw std::runtime_error("no insurance companies");
    std::set<std::pair<int64_t, std::string>> allowed;  // (product, school type)
    for (const Row& r : db.query("SELECT product_id, school_type FROM product_school_types"))
      allowed.emplace(r.i64("product_id"), r.str("school_type"));
    std::set<std::string> taken_logins, taken_schools;  // kind|login, region|name
    for (const Row& r : db.query("SELECT kind, login_name FROM accounts"))
      taken_logins.insert(r.str("kind") + "|" + r.str("login_name"));
    for (const Row& r : db.query("SELECT region_code, name FROM schools")) taken_schools.insert(r.str("region_code") + "|" + r.str("name"));
    int64_t demo_zhengzhou = db.query_one("SELECT COUNT(*) AS n FROM schools WHERE city_code = '410100' AND status = 'active'")->i64("n");

    // Regions: the cities (each also the region of its 市直 schools) and their counties.
    std::vector<Region> regions;
    std::map<std::string, std::string> name_of;
    for (const Row& r : db.query("SELECT code, name, COALESCE(parent_code, '') AS parent, level FROM regions"
                                 " WHERE level <> 'province' ORDER BY code")) {
      Region g;
      g.code = r.str("code");
      g.name = r.str("name");
      g.parent = r.str("parent");
      g.city = r.str("level") == "city";
      if (g.city) g.parent = g.code;
      g.district = !g.city && g.name.size() > 3 && g.name.substr(g.name.size() - 3) == "区";
      name_of[g.code] = g.name;
      regions.push_back(g);
    }
    // Weights: a county 1.0, a district 0.75, a city's 市直 0.15 (济源, without counties, 3.0),
    // each times a log-normal spread; 郑州市 gets its 3,767 (scaled) with the demo's.
    std::map<std::string, int> counties_of;
    for (const Region& g : regions)
      if (!g.city) ++counties_of[g.parent];
    std::lognormal_distribution<double> spread(0, 0.35);
    std::vector<double> weight;
    for (const Region& g : regions)
      weight.push_back((g.city ? (counties_of[g.code] ? 0.15 : 3.0) : g.district ? 0.75 : 1.0) * spread(rng.g));
    int64_t zz_total = std::llround(static_cast<double>(kZhengzhouSchools) * total_schools / kProvinceSchools);
    int64_t zz_generate = std::max<int64_t>(0, zz_total - demo_zhengzhou);
    auto share_out = [&](bool zhengzhou, int64_t n) {  // largest remainder over the regions of one side
      double sum = 0;
      for (size_t i = 0; i < regions.size(); ++i)
        if ((regions[i].parent == "410100") == zhengzhou) sum += weight[i];
      std::vector<std::pair<double, size_t>> rest;
      int64_t given = 0;
      for (size_t i = 0; i < regions.size(); ++i) {
        if ((regions[i].parent == "410100") != zhengzhou) continue;
        double exact = n * weight[i] / sum;
        regions[i].schools = static_cast<int64_t>(exact);
        given += regions[i].schools;
        rest.emplace_back(-(exact - std::floor(exact)), i);
      }
      std::sort(rest.begin(), rest.end());
      for (size_t k = 0; given < n; ++k, ++given) ++regions[rest[k % rest.size()].second].schools;
    };
    share_out(true, zz_generate);
    share_out(false, total_schools - zz_generate);

    // Schools.
    std::cerr << "province_gen: seed " << seed << ", " << total_schools << " schools, " << total_rows << " rows\n";
    std::vector<double> type_share;
    for (const SchoolType& t : kTypes) type_share.push_back(t.share);
    std::vector<School> schools;
    schools.reserve(static_cast<size_t>(total_schools));
    std::set<std::string> global_names;
    for (const std::string& k : taken_schools) global_names.insert(k.substr(k.find('|') + 1));
    for (Region& g : regions) {
      bool city_direct = g.city && counties_of[g.code] > 0;
      std::string city_name = name_of[g.parent];
      // Name prefix as schools write it: 郑州市金水区…, 中牟县…, 郑州市… (市直).
      std::string prefix = g.city ? g.name : g.district ? city_name + g.name : g.name;
      int ntowns = static_cast<int>(std::clamp<int64_t>(g.schools / 25, 3, 30));
      for (int t = 0; t < ntowns; ++t) {
        std::string town;
        do town = rng.pick(kPlace) + rng.pick(kPlace) + (g.district || g.city ? "街道" : rng.chance(0.7) ? "镇" : "乡");
        while (std::find(g.towns.begin(), g.towns.end(), town) != g.towns.end());
        g.towns.push_back(town);
      }
      std::vector<std::string> counties;  // ID areas of 市直 pupils: the city's counties
      for (const Region& c : regions)
        if (!c.city && c.parent == g.code) counties.push_back(c.code);
      std::map<size_t, int64_t> center_of_town;
      for (int64_t k = 0; k < g.schools; ++k) {
        School s;
        s.id = next_school++;
        s.region = g.code;
        s.city = g.parent;
        s.type = rng.weighted(city_direct ? kCityShare : type_share);
        s.type_name = kTypes[s.type].name;
        s.nature = (s.type == 0 ? rng.chance(0.55) : rng.chance(0.12)) ? "民办" : "公办";
        size_t town = static_cast<size_t>(rng.between(0, ntowns - 1));
        bool center = !g.city && !g.district && s.type == kPrimary && s.nature == "公办" && !center_of_town.count(town) && rng.chance(0.5);
        for (int attempt = 0;; ++attempt) {
          std::string place;
          if (center) place = g.towns[town] + "中心学校";
          else if (g.city) place = (rng.chance(0.5) ? rng.pick(kRoadWords) : rng.pick(kPlace) + rng.pick(kPlace)) + kTypes[s.type].suffix;
          else if (s.type == kTeachingSite || (!g.district && rng.chance(0.6)))
            place = g.towns[town] + rng.pick(kPlace) + rng.pick(kPlace) + (rng.chance(0.5) ? "村" : "庄") + kTypes[s.type].suffix;
          else place = rng.pick(kRoadWords) + "路" + kTypes[s.type].suffix;
          if (attempt > 0) place = place.insert(place.size() - std::string(kTypes[s.type].suffix).size(), rng.pick(kOrdinals));
          if (attempt > 3) place = place.insert(place.size() - std::string(kTypes[s.type].suffix).size(), std::to_string(s.id));
          s.name = prefix + place;
          if (s.name.size() <= 300 && !global_names.count(s.name) && !taken_logins.count("school|" + s.name)) break;
        }
        global_names.insert(s.name);
        if (center) {
          s.is_center = true;
          center_of_town[town] = s.id;
        } else if ((s.type == kPrimary || s.type == kTeachingSite || s.type == 0) && center_of_town.count(town) &&
                   s.nature == "公办" && rng.chance(0.7)) {
          s.center = center_of_town[town];
        }
        s.contact = person_name(rng);
        s.mob = mobile(rng);
        int64_t created = year_start - 400 + rng.between(0, 300);
        s.created = datetime_of(created, rng.between(0, 86399));
        s.approved = datetime_of(created + rng.between(1, 30), rng.between(0, 86399));
        s.area = g.city ? (counties.empty() ? g.code : rng.pick(counties)) : g.code;
        schools.push_back(std::move(s));
      }
    }
    // The bench's school with every product: the first generated vocational school of 郑州市.
    size_t all_products = schools.size();
    for (size_t i = 0; i < schools.size(); ++i)
      if (schools[i].type == 7 && schools[i].city == "410100") { all_products = i; break; }
    if (all_products == schools.size())
      for (size_t i = 0; i < schools.size(); ++i)
        if (vocational(schools[i].type)) { all_products = i; break; }
    if (all_products == schools.size()) {  // tiny scales: make the first 郑州市 school a 中职
      schools[0].type = 7;
      schools[0].type_name = kTypes[7].name;
      all_products = 0;
    }
    std::cerr << "province_gen: " << schools.size() << " schools (郑州市 " << zz_generate << " + demo "
              << demo_zhengzhou << ")\n";

    // Accounts. Departments log in with the region name (demo.sql); where the demo already has
    // that login the generated one is "<name>教育局". Insurers: ins<company>_<region code>.
    Tsv accounts(out + "/accounts.tsv");
    std::string school_login = schools[all_products].name;
    auto account_row = [&](int64_t id, const char* kind, const std::string& login, const std::string& display,
                           const std::string& contact, int64_t school_id, const std::string& region, int64_t company,
                           const char* level, int64_t parent, const std::string& created) {
      std::string m = mobile(rng);
      accounts.num(id).raw(kind).text(login).text(mask_mobile(m)).hex(pii_encrypt_with_nonce(config, m, nonces.nonce()))
          .hex(pii_mobile_hmac(config, m)).text(display).opt(contact).optnum(school_id).opt(region).optnum(company)
          .opt(level ? level : "").optnum(parent).raw("active").num(0).text(created);
      accounts.end();
    };
    std::vector<int64_t> school_account(schools.size());
    for (size_t i = 0; i < schools.size(); ++i) {
      school_account[i] = next_account++;
      account_row(school_account[i], "school", schools[i].name, schools[i].name, "", schools[i].id, "", 0, nullptr, 0,
                  schools[i].approved);
    }
    std::string county_login, city_login;
    int64_t biggest_county = -1;
    for (const Region& g : regions) {
      std::string login = g.name;
      if (taken_logins.count("department|" + login)) login += "教育局";
      std::string display = (g.city ? g.name : name_of[g.parent] + g.name) + "教育局";
      account_row(next_account++, "department", login, display, person_name(rng), 0, g.code, 0, nullptr, 0,
                  datetime_of(year_start - 480, 3600));
      if (g.code == "410100") city_login = login;
      if (!g.city && g.parent == "410100" && g.schools > biggest_county) biggest_county = g.schools, county_login = login;
    }
    // The company that insures a county's schools mostly (人保 the most, like the market).
    std::vector<double> company_share;
    for (size_t c = 0; c < companies.size(); ++c) company_share.push_back(c == 0 ? 4.0 : 3.0 / static_cast<double>(c + 1));
    std::map<std::string, size_t> main_company;
    for (const Region& g : regions) main_company[g.code] = rng.weighted(company_share);
    // Insurer accounts: each company at the province, in every city, and in the counties it
    // insures mostly; a school's enrollment is handled by the narrowest one of its company.
    std::map<std::pair<size_t, std::string>, int64_t> insurer;  // (company index, region) → account
    std::string insurer_login;
    for (size_t c = 0; c < companies.size(); ++c) {
      std::string created = datetime_of(year_start - 470, 7200);
      int64_t province = next_account++;
      std::string login = "ins" + std::to_string(companies[c].first) + "_410000";
      if (c == 0) insurer_login = login;
      account_row(province, "insurer", login, companies[c].second + "河南分公司", person_name(rng), 0, "410000",
                  companies[c].first, "province", 0, created);
      insurer[{c, "410000"}] = province;
      for (const Region& g : regions)
        if (g.city) {
          int64_t id = next_account++;
          account_row(id, "insurer", "ins" + std::to_string(companies[c].first) + "_" + g.code,
                      companies[c].second + g.name + "分公司", person_name(rng), 0, g.code, companies[c].first, "city",
                      province, created);
          insurer[{c, g.code}] = id;
        }
      for (const Region& g : regions)
        if (!g.city && main_company[g.code] == c) {
          int64_t id = next_account++;
          account_row(id, "insurer", "ins" + std::to_string(companies[c].first) + "_" + g.code,
                      companies[c].second + name_of[g.parent] + g.name + "支公司", person_name(rng), 0, g.code,
                      companies[c].first, "county", insurer[{c, g.parent}], created);
          insurer[{c, g.code}] = id;
        }
    }
    accounts.close();

    // Schools, now that the center schools are known.
    {
      Tsv f(out + "/schools.tsv");
      for (const School& s : schools) {
        f.num(s.id).text(s.name).raw(s.region).raw(s.city).text(s.type_name).text(s.nature).text(s.contact)
            .text(mask_mobile(s.mob)).hex(pii_encrypt_with_nonce(config, s.mob, nonces.nonce()))
            .hex(pii_mobile_hmac(config, s.mob)).num(s.is_center).optnum(s.center).raw("active").text(s.created)
            .text(s.approved);
        f.end();
      }
      f.close();
    }

    // Enrollments and their roster sizes: raw sizes from the type means (log-normal), then
    // scaled so they add up to exactly --rows, each 10..15,000.
    std::vector<Enrollment> enrollments;
    std::vector<double> raw;
    for (size_t i = 0; i < schools.size(); ++i) {
      const School& s = schools[i];
      const SchoolType& t = kTypes[s.type];
      for (int64_t product = 1; product <= 3; ++product) {
        if (!allowed.count({product, s.type_name})) continue;
        double mean = product == 1 ? t.students : product == 2 ? t.staff : t.interns;
        if (mean <= 0) continue;
        bool forced = i == all_products;
        if (!forced && !rng.chance(product == 1 ? 0.93 : product == 2 ? 0.78 : 0.85)) continue;
        Enrollment e{};
        e.id = next_enrollment++;
        e.school = s.id;
        e.school_index = i;
        e.product = product;
        double u = rng.unit();
        e.status = forced ? "insured" : u < 0.03 ? "draft" : u < 0.62 ? "insured" : "submitted";
        size_t c = rng.chance(0.9) ? main_company[s.region] : rng.weighted(company_share);
        e.company = e.status == "draft" ? -1 : static_cast<int64_t>(c);
        // seconds since the year's first day: created, then submitted, then insured
        int64_t created = rng.between(0, 25 * 86400), submitted = created + rng.between(600, 3 * 86400);
        int64_t insured = submitted + rng.between(2 * 86400, 30 * 86400);
        e.created = datetime_of(year_start + created / 86400, created % 86400);
        if (e.status != "draft") {
          e.submitted = datetime_of(year_start + submitted / 86400, submitted % 86400);
          if (e.status == "insured") e.insured = datetime_of(year_start + insured / 86400, insured % 86400);
          // the narrowest insurer account of the company over the school (county, else city)
          auto k = insurer.find({c, s.region});
          e.account = k != insurer.end() ? k->second : insurer[{c, s.city}];
        }
        enrollments.push_back(e);
        raw.push_back(mean * std::exp(std::normal_distribution<double>(0, 0.5)(rng.g)));
      }
    }
    if (static_cast<int64_t>(enrollments.size()) * 10 > total_rows)
      throw std::runtime_error("--rows " + std::to_string(total_rows) + " is less than 10 per roster (" +
                               std::to_string(enrollments.size()) + " rosters)");
    {
      double sum = 0;
      for (double r : raw) sum += r;
      double factor = static_cast<double>(total_rows) / sum;
      int64_t given = 0;
      for (size_t i = 0; i < enrollments.size(); ++i) {
        enrollments[i].rows = std::clamp<int64_t>(static_cast<int64_t>(raw[i] * factor), 10, 15000);
        given += enrollments[i].rows;
      }
      // Exact total: add or take one row a roster, round-robin, within 10..15,000.
      for (size_t i = 0; given != total_rows; i = (i + 1) % enrollments.size()) {
        int64_t& n = enrollments[i].rows;
        if (given < total_rows && n < 15000) ++n, ++given;
        else if (given > total_rows && n > 10) --n, --given;
      }
    }
    {
      Tsv f(out + "/enrollments.tsv");
      for (const Enrollment& e : enrollments) {
        const School& s = schools[e.school_index];
        f.num(e.id).num(e.school).num(year_id).num(e.product).num(1).raw(s.region).raw(s.city)
            .optnum(e.company >= 0 ? companies[static_cast<size_t>(e.company)].first : 0).num(e.rows).num(e.rows).raw(e.status)
            .optnum(e.status == "draft" ? 0 : school_account[e.school_index]).text(e.created).opt(e.submitted)
            .opt(e.insured);
        f.end();
      }
      f.close();
    }
    std::cerr << "province_gen: " << enrollments.size() << " enrollments, " << accounts.rows() << " accounts\n";

    // Roster rows.
    Tsv rows_out(out + "/roster_rows.tsv");
    std::array<IdSequences, 4> ids;  // per product
    const std::string resident(kIdTypeResident);
    std::vector<std::vector<std::string>> some_names(enrollments.size());  // for claims
    int64_t written = 0, next_report = 1000000;
    auto tr = std::chrono::steady_clock::now();
    for (size_t ei = 0; ei < enrollments.size(); ++ei) {
      const Enrollment& e = enrollments[ei];
      const School& s = schools[e.school_index];
      const SchoolType& t = kTypes[s.type];
      int classes = static_cast<int>(std::max<int64_t>(1, e.rows / t.grades / 45 + 1));
      std::string city_name = name_of[s.city];
      for (int64_t row = 1; row <= e.rows; ++row) {
        bool male = rng.chance(0.52);
        std::string name = person_name(rng);
        int64_t birth;
        int grade = 0;
        if (e.product == 2) {
          birth = year_start - rng.between(22 * 365, 59 * 365);
        } else {
          grade = static_cast<int>(rng.between(0, t.grades - 1));
          int age = t.first_age + grade + (e.product == 3 ? 1 : 0);  // interns: final-year students
          // born between Sep 1 of (start - age - 1) and Aug 31 of (start - age)
          int64_t from = days_from_civil(start_year - age - 1, 9, 1), to = days_from_civil(start_year - age, 8, 31);
          birth = rng.between(from, to);
        }
        std::string number;
        while ((number = ids[static_cast<size_t>(e.product)].next(s.area, birth, male)).empty()) ++birth;
        if (row <= 3) some_names[ei].push_back(name);
        rows_out.num(e.id).num(row).num(year_id).num(e.product).text(name).raw(male ? "男" : "女").raw(resident)
            .raw(to_hex(pii_hmac(config, resident, number)))
            .raw(to_hex(pii_encrypt_with_nonce(config, number, nonces.nonce())))
            .raw(roster_mask_id(number));
        if (e.product == 2) {
          rows_out.null().null().text(rng.pick(s.type == 0 ? kKgPositions : kPositions)).null().null();
        } else {
          std::string cls = std::to_string(rng.between(1, classes)) + "班";
          rows_out.text(kGradeNames[s.type][grade]).text(cls).null();
          if (e.product == 3)
            rows_out.text(rng.pick(kMajors)).text(city_name + rng.pick(kPlace) + rng.pick(kPlace) + rng.pick(kUnitKinds));
          else
            rows_out.null().null();
        }
        rows_out.null();
        rows_out.end();
        if (++written == next_report) {
          next_report += 1000000;
          std::cerr << "province_gen: " << written << " roster rows, "
                    << static_cast<int64_t>(static_cast<double>(written) / seconds_since(tr)) << " rows/s\n";
        }
      }
    }
    rows_out.close();

    // Policies of the insured enrollments; claims on some of them (pending and settled).
    Tsv policies(out + "/policies.tsv"), claims(out + "/claims.tsv");
    std::map<int64_t, int64_t> policy_serial, claim_serial;
    for (size_t ei = 0; ei < enrollments.size(); ++ei) {
      const Enrollment& e = enrollments[ei];
      if (e.status != "insured") continue;
      const School& s = schools[e.school_index];
      int64_t company = companies[static_cast<size_t>(e.company)].first;
      int64_t policy = next_policy++;
      char no[40];
      std::snprintf(no, sizeof no, "HN%d%02lld%08lld", start_year, static_cast<long long>(company),
                    static_cast<long long>(++policy_serial[company]));
      int64_t per_person = e.product == 1 ? 500 : e.product == 2 ? 2000 : 3000;  // fen a year
      policies.num(policy).num(e.id).num(1).num(company).raw(no).num(e.rows).num(per_person * e.rows)
          .raw(date_of(year_start)).raw(date_of(year_end)).null().null().num(e.account).text(e.insured);
      policies.end();
      if (!rng.chance(0.04)) continue;
      int64_t accident = year_start + rng.between(5, 50);
      bool settled = rng.chance(0.55);
      std::snprintf(no, sizeof no, "LP%d%02lld%07lld", start_year, static_cast<long long>(company),
                    static_cast<long long>(++claim_serial[company]));
      claims.num(next_claim++).num(company).num(s.id).num(year_id).num(e.product).num(policy).raw(no)
          .raw(date_of(accident)).text(rng.pick(some_names[ei])).text(rng.pick(kCauses))
          .text(settled ? "已赔付结案" : "已受理，正在核实").opt(settled ? "按保单约定赔付" : "").raw(settled ? "settled" : "pending");
      if (settled) claims.num(rng.between(20000, 2000000)).raw(date_of(accident + rng.between(5, 30)));
      else claims.null().null();
      claims.num(e.account).text(datetime_of(accident + rng.between(1, 5), rng.between(0, 86399)));
      claims.end();
    }
    policies.close();
    claims.close();

    // One Argon2id hash for all generated accounts (random salt: kept out of the TSVs), and
    // the logins of the HTTP bench.
    std::string hash = password_hash(kPassword);
    FILE* h = std::fopen((out + "/password-hash").c_str(), "wb");
    FILE* a = std::fopen((out + "/bench-accounts").c_str(), "wb");
    if (!h || !a) throw std::runtime_error("cannot write into " + out);
    std::fprintf(h, "%s\n", hash.c_str());
    std::fprintf(a, "BENCH_ACCOUNTS school=%s county=%s city=%s insurer=%s password=%s\n", school_login.c_str(),
                 county_login.c_str(), city_login.c_str(), insurer_login.c_str(), kPassword);
    std::fclose(h);
    std::fclose(a);

    double secs = seconds_since(t0);
    std::printf("schools=%zu accounts=%lld enrollments=%zu roster_rows=%lld policies=%lld claims=%lld generate_s=%.1f"
                " rows_per_s=%.0f\n",
                schools.size(), static_cast<long long>(accounts.rows()), enrollments.size(),
                static_cast<long long>(written), static_cast<long long>(policies.rows()),
                static_cast<long long>(claims.rows()), secs, static_cast<double>(written) / secs);
  } catch (const std::exception& e) {
    std::cerr << "province_gen: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
