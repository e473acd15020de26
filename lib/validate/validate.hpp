// validate: being written.
#pragma once
