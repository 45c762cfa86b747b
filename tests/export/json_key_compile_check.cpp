// Compiled by the JsonKey tests, not linked: a key of the program that would need escaping
// must stop the build (JsonKey's consteval check), and a plain one must not.
#include "export/json_writer.h"

#ifdef DIPLOGRAPH_KEY_NEEDS_ESCAPING
constexpr const char kKey[] = "say \"hi\"";
#else
constexpr const char kKey[] = "evidence";
#endif

void write_key(diplograph::JsonWriter& out) { out.key(kKey); }
