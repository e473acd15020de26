// query: being written.
#pragma once
