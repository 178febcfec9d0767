// admin/products.h - 险种设置: for each insurance product, the school types that may enroll it
// (product_school_types). Schools of other types are not offered the product on their 投保
// pages and their center school's 所辖学校 shows it as not applicable. Changes are audited
// (product_types_changed, old -> new), need the CSRF token, and are written in one transaction.
// Scope: the whole province (Role::Admin).
#pragma once
struct Ctx;

// GET /school/admin/products (?done=saved)
void admin_products(Ctx& ctx);
// POST /school/admin/products: product=ID and type_N=1 for each allowed type N (the N-th school
// type in display order). At least one type; unknown product → 404.
void admin_product_types(Ctx& ctx);
