// diff rendering: being written.
#pragma once
