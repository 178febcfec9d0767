// department/statistics_versions.h - the history of a statistics form: every version of one
// region's form of the current year, and one version read-only. A department sees its own
// region and, for a city, its counties; anything else is 404 with an access_denied record.
#pragma once
#include "db.h"

struct Ctx;

// GET /school/dept/statistics-form/versions[?region=CODE]: the versions, newest first.
void department_statistics_versions(Ctx& ctx);
// GET /school/dept/statistics-form/version?id=ID: one version with the system's figures.
void department_statistics_version(Ctx& ctx);
// The version of the id parameter within pattern, else audit access_denied and 404.
Row stats_scoped_form(Ctx& ctx, const std::string& pattern);
// Renders one version (templates/department/statistics_version.tpl) with a back link and,
// when export_url is not empty, an export link.
void stats_render_version(Ctx& ctx, const char* title, const Row& form, const std::string& back_url,
                          const std::string& back_label, const std::string& export_url);
