#pragma once

#include "low/lowpart.h"
