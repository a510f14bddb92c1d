#pragma once

#include "high/highpart.h"
