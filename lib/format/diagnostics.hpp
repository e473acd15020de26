// diagnostics rendering: being written.
#pragma once
