// t/unit/main.cpp - the Boost.Test runner (header-only build of the framework, in this one
// translation unit). Each module's tests live in t/unit/<module>_test.cpp.
#define BOOST_TEST_MODULE hnedu
#include <boost/test/included/unit_test.hpp>
