// The site's only script (a deferred module): small enhancements; reading works without it.
import { setUpFontSize } from './font-size.ts';
import { setUpPageKeys } from './page-keys.ts';
import { setUpPrintButton } from './print-button.ts';
import { setUpSiteMenu } from './site-menu.ts';
import { revealCurrentChapter } from './reveal-current.ts';
import { setUpThemeToggle } from './theme-toggle.ts';

setUpThemeToggle();
setUpFontSize();
setUpPageKeys();
revealCurrentChapter();
setUpPrintButton();
setUpSiteMenu();
