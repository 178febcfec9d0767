// insurer/policy_store.h - stores one policy (保单, or a 批单 replacing it) for an enrollment
// in ONE transaction: the PDF's files row (kind policy, owned by the enrollment's school so the
// school can download it), the policies row (company = the signed-in insurer's, with the
// enrollment's current version), the enrollment marked insured (insured_at set the first time;
// a pending 申请修改 keeps 'modifying'), and an audit row. Used by the single and bulk uploads.
#pragma once
#include <cstdint>
#include <string>

#include "files.h"
#include "insurer/policy_fields.h"

class Db;
struct Ctx;

enum class PolicyStoreResult {
  stored,
  duplicate_no,  // the company already has a policy with this 保单号: nothing stored
  out_of_scope,  // the enrollment left the insurer's scope meanwhile: nothing stored
  already_stored,  // batch_key is already a policy's (a retried single upload): nothing stored
};

// Stores v for enrollment_id; file (may be nullptr) is a files row whose content files_store
// already put into the storage (its school_id is set here). policy_id gets the new id.
// via ("single" or "bulk") goes into the audit detail. batch_key ("" = none, the bulk upload) is
// stored with the policy; a key some policy of the company already has answers already_stored.
PolicyStoreResult policy_store(Ctx& ctx, int64_t enrollment_id, const PolicyValues& v, const FileRow* file,
                               const std::string& via, int64_t& policy_id, const std::string& batch_key = "");

// True when a policy of company_id for enrollment_id carries batch_key (a retried single upload).
bool policy_batch_seen(Db& db, int64_t company_id, int64_t enrollment_id, const std::string& batch_key);

// Chinese message for a duplicate 保单号.
std::string policy_duplicate_message(const std::string& policy_no);
