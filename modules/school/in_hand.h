// school/in_hand.h - the school whose 投保数据 a request works on. Normally the signed-in
// school's own; a center school (中心校) may act for one of its subordinate schools by adding
// school=N to the URL of the 投保数据 pages and forms (query string, also on POSTs). The
// relation is checked in SQL on every request (the account's school is still an active center
// and N is its active subordinate), so removing the center status or moving the school ends
// the access at once. Anything else → 404 with an access_denied audit row.
#pragma once
#include <cstdint>
#include <string>

#include "session.h"

struct Ctx;

struct SchoolInHand {
  int64_t id = 0;          // the school the request works on
  bool acting = false;     // a center school acting for a subordinate school
  std::string name;        // that school's name; "" when the school's own
};

// Reads and checks the school=N parameter (see above). When acting, sets ctx.acting_school_id
// and ctx.acting_school: audit rows of the request name the school acted for, pages show
// a banner, and in_hand_url keeps the parameter on links, forms and redirects.
SchoolInHand school_in_hand(Ctx& ctx);

// url with school=N appended ("?" or "&" as needed) when the request acts for school N (after
// school_in_hand); url itself otherwise.
std::string in_hand_url(const Ctx& ctx, const std::string& url);

// The school the request works on: the one acted for (after school_in_hand), else the account's
// own school.
int64_t in_hand_school_id(const Ctx& ctx);

// What pages need of school school_id: the account's own school and the one acted for (after
// school_in_hand) come from the request without a query; any other school is read (an unknown
// id gives facts with empty texts).
SchoolFacts school_facts(Ctx& ctx, int64_t school_id);
