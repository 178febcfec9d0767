// insurer/region_select.h - the 市 / 县区 selects of the insurer pages (增加账号, 投保数据 filters):
// the cities and counties inside the signed-in insurer's region, counties grouped by city so the
// county select works without JavaScript. Only regions of the account's own scope are offered;
// the handlers still check every submitted code on the server.
#pragma once
#include <ctemplate/template.h>

#include <string>

struct Account;
struct Ctx;

// Adds to dict: repeated CITY (CODE, NAME, SELECTED when equal to city) for a province account
// only, and repeated COUNTY_GROUP (CITY_NAME, CITY_CODE; repeated COUNTY: CODE, NAME, SELECTED
// when equal to county) for every city in the account's region (from the worker's reference
// data, refdata.h).
void region_select_fill(Ctx& ctx, ctemplate::TemplateDictionary& dict, const Account& insurer, const std::string& city,
                        const std::string& county);
