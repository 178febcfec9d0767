// insurer/policy_store.cpp - one policy in one transaction (see insurer/policy_store.h).
#include "insurer/policy_store.h"

#include "audit.h"
#include "context.h"
#include "scope.h"

namespace {
struct Stop {
  PolicyStoreResult result;
};
}  // namespace

std::string policy_duplicate_message(const std::string& policy_no) {
  return "保单号 " + policy_no + " 已经上传过（同一保险公司的保单号不能重复），请核对后重新填写。";
}

bool policy_batch_seen(Db& db, int64_t company_id, int64_t enrollment_id, const std::string& batch_key) {
  return !batch_key.empty() &&
         db.query_one("SELECT id FROM policies WHERE batch_key = ? AND company_id = ? AND enrollment_id = ?",
                      {batch_key, company_id, enrollment_id});
}

PolicyStoreResult policy_store(Ctx& ctx, int64_t enrollment_id, const PolicyValues& v, const FileRow* file,
                               const std::string& via, int64_t& policy_id, const std::string& batch_key) {
  const Account& a = ctx.account();
  try {
    ctx.db.transaction([&] {
      auto e = ctx.db.query_one(
          "SELECT e.id, e.school_id, e.version, e.status, e.declared_count FROM enrollments e"
          " WHERE e.id = ? AND e.company_id = ? AND e.region_code LIKE ? AND e.status <> 'draft' FOR UPDATE",
          {enrollment_id, a.company_id, region_pattern(a)});
      if (!e) throw Stop{PolicyStoreResult::out_of_scope};
      if (policy_batch_seen(ctx.db, a.company_id, enrollment_id, batch_key)) throw Stop{PolicyStoreResult::already_stored};
      if (ctx.db.query_one("SELECT id FROM policies WHERE company_id = ? AND policy_no = ?", {a.company_id, v.policy_no}))
        throw Stop{PolicyStoreResult::duplicate_no};
      Param file_id = Null{};
      std::string file_text = "none";
      if (file) {
        FileRow row = *file;
        row.kind = "policy";
        row.school_id = e->i64("school_id");
        row.uploaded_by = a.id;
        int64_t id = files_insert(ctx.db, row);
        file_id = id;
        file_text = std::to_string(id);
      }
      bool first = !ctx.db.query_one("SELECT id FROM policies WHERE enrollment_id = ? LIMIT 1", {enrollment_id});
      ctx.db.exec(
          "INSERT INTO policies (enrollment_id, enrollment_version, company_id, policy_no, insured_count, premium_fen,"
          " starts_on, ends_on, file_id, batch_key, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          {enrollment_id, e->i64("version"), a.company_id, v.policy_no, v.insured_count, v.premium_fen, v.starts_on,
           v.ends_on, file_id, batch_key.empty() ? Param{Null{}} : Param{batch_key}, a.id});
      policy_id = static_cast<int64_t>(ctx.db.last_insert_id());
      ctx.db.exec(
          "UPDATE enrollments SET status = IF(status = 'modifying', 'modifying', 'insured'),"
          " insured_at = COALESCE(insured_at, UTC_TIMESTAMP()), updated_at = UTC_TIMESTAMP() WHERE id = ?",
          {enrollment_id});
      audit(ctx, first ? "policy_uploaded" : "policy_endorsed", "policy", std::to_string(policy_id),
            "enrollment=" + std::to_string(enrollment_id) + " version=" + e->str("version") + " no=" + v.policy_no +
                " count=" + std::to_string(v.insured_count) + " declared=" + e->str("declared_count") +
                " premium_fen=" + std::to_string(v.premium_fen) + " period=" + v.starts_on + ".." + v.ends_on +
                " file=" + file_text + " via=" + via);
    });
  } catch (const Stop& s) {
    return s.result;
  } catch (const DbError& err) {
    if (err.code() != 1062) throw;
    // A concurrent POST won: the same batch (a double click) is done; else it took the number.
    if (policy_batch_seen(ctx.db, a.company_id, enrollment_id, batch_key)) return PolicyStoreResult::already_stored;
    return PolicyStoreResult::duplicate_no;
  }
  return PolicyStoreResult::stored;
}
