// department/home.h - a city or county department's 系统首页: its region's coverage of the
// current year at a glance. Schools; per product the insured schools and persons (from
// enrollment_counters) and the schools not yet submitted; pending applications of its schools;
// open claims; the per-county table (department/schools_counties.h). Each figure links to
// the list it summarises (学校数据 with a filter, 未投保学校,
// the pending-application list on the page itself, 未决案件).
#pragma once
struct Ctx;

// GET /school/dept/
void department_home(Ctx& ctx);
