#pragma once
// The vocabulary moved to the graph stage (one table for every reader and writer); this
// header stays so that extraction code including it keeps building.
#include "graph/vocabulary.h"
