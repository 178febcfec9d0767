// department/centers.h - 中心校管理 of a city or county department (manual 三(四)): the center
// schools of its region with how many schools each manages, one center's subordinate schools,
// moving a subordinate to another center of the same county (or the same 市直) and removing it
// from its center. Scope: region_pattern(account) in SQL; a center outside it (or a school that
// is no center) → 404 + access_denied audit. Moves and removals are CSRF POSTs, audited
// (center_changed), each one transaction; the rules are department/centers_relation.h.
#pragma once
struct Ctx;

// GET /school/dept/centers?page=N
void department_centers(Ctx& ctx);
// GET /school/dept/center?id=N : one center school and its subordinate schools.
void department_center(Ctx& ctx);
// POST /school/dept/center/move (id = the center, school_id, to_id = the new center)
void department_center_move(Ctx& ctx);
// POST /school/dept/center/remove (id = the center, school_id)
void department_center_remove(Ctx& ctx);
