/**
 * Frequent English words (the 10,000 most used in spoken English, SUBTLEX-US) that sit one or two
 * letters from a word the rules look for and would otherwise be "corrected" into it: "wag its tail" is
 * not "tall" (9:16), "the bench" is not the beach, "a test" is not text. Most frequent first. Inflections
 * of a keyword ("reversed", "squares") are left out: they mean the keyword.
 */
export const FREQUENT_WORDS = `
shit dead knew meet watch honey damn check lost shut chance taking death fire person waiting speak shall book
sick frank child living team york lord catch ride king piece boss past kiss tired mike wear pass wake seven
eight pain smart sitting horse ring quit present charge fool miles land mary master paid record college test
finished lead smell letter situation harry difference seat standing radio deep shoes teach wrote wall protect
holy books bother tree foot dreams sake whose race crap west nick staying grow pants fellow bear often wild
lock shooting legs burn cost cell nuts band losing steal stole code dogs rose drinking treat camp interest
hero asleep east risk drugs teeth driver pool simply credit cars cook strike stage sight breath hearing desk
lied danger paying dave form heads milk fred grace breaking coat older lonely shower eric stone block draw
heat naked dean hook planning sees subject lies mail paint pray director pocket roof babe firm sending noise
rent criminal vote mood male county nearly buck crane toast ears repeat crack mulder began goodness contract
fixed lesson staff warning harm positive matt rush bond winner lips score shoe brad gang saving farm shopping
enter parts grew mate load ross shock bags bread hung decent texas pride witch plant bust facts tear stranger
wood knight tied watched alice linda drag scream grave chick bike hunt likely hates tank data hire golf sale
warn grown pure dies pills duck doll beast gary belt march puts tail dust trap sharp stairs guts edge pity
couch tests staring precious kissing cast miller maid range cheers nasty snake cancer memories expert flesh
punk sweat parker seats setting bills rare nancy gods jumped estate mile stopping bury transfer pushed butter
earl sand bored hits bang fever teaching trunk leads purse solid education metal anger pipe wins supper site
trail palace boots mouse bout tricks mall kirk june fifty cheer chose vice bunny seek role noon hong sons
reward dumped mitch saint prom lack packed clue concert flag tent alien patch cooper sonny mass border
electric prints starving norman wasted fairy violent suite rats tube math hoped chips dropping struck blast
poker powder blown tries solution forth corporal boxes gather pitch strangers fort hood gross rice bend sore
shark sets dutch yards chan moron broad recording entered sample deaf port beans coward cared towel bush flies
palmer pays dessert thick remote brand fans pound sweater dame gain packing crown tradition barn cherry manny
cheering steam sheep gates sarge pigs interests fellows palm toys stink pile messing maintain lamp drank hatch
stuart task eats related toes plates abby neat suspects diner tire lawn fond revolution thus tend coma hollow
dime foster clay racing treating slim farmer pill frog hart cloud mount lend sheet plot medal entering ford
blake stones alike heal greek rage halt whale warden transport laying affect bitter boot nest massage patty
spain ouch lick emotions herr lance clothing grief bits facing tool cathy drown begun goat pork bets effective
mars root dice celebrating plug meetings rode lean cooperate jeep stiff brick leon bleed sober glove worn shaw
sits menu inner tanks fridge ties core heroin humble roast shooter fires ransom bait bald grip bench tires
sorts burnt hallway niece delicate stores praise tons owes flush alternative stinking ladder poet codes wars
outer dale takin profession cart flame coroner sock swamp sins contrary worlds fork filed pepper waking stab
swore cease beam crossing shirts cannon fame pimp petty raid slice rank laser woody spill compete crushed bare
formal tore emotion tramp phony wished lung sang radiation deeds pony weaver reaching hose breeze tray milo
bubble tuna watches tuck skill groom rack creating addition bore rider shaft moore cans ahem cuba mona unto
hush spoon seed bass flames easter chili sings potion racket ranger pipes monk wang tops tide ideal melt
celebrity organ tick boxing backyard bent bully rally integrity rides bounty moses jelly inspiration strain
ridge buys expose sting wires stud elements fountain kang slick chow bean otto races swan pose wakes loop
dudes bart painter trey rarely strongly feast hearst locks homer threats dreamt disk tubes memo catches notion
mice coal hike vain beep pronounce significant stew click cups healing frighten chap bein surf tasty hairy
deceased swiss worms whew spark lease breach ashore pinch bumped correctly comb bats directed bribe ahold
trading scent slack banner stir organs skate fayed pals glue coats sofa deadline probation beau slam contracts
streak wheat suing flood medic hugo tease pets generator toad craft dolls farther fitting listed lust vest
trainer stanford vera grid cola prey orchestra weep warp reader rang sixty rebel peek stray evolution warner
holt dose spice pains stalking gravy sole marker colt heir untie caution thread waist fanny drip jade blink
reno jingle traces lynch reflection pissing torch belts slug psst recorder yang cracks coughing rebels dearly
knox decade awards valve seize greed moaning assembly frost digger affects alter grim swept broom mates banker
strongest meds collier invest clap thorough sewer raft translation cutter lens peas flock dimension quack
lightly invent unload abort pike bing considerable filth metro riddle rach faking keen seeds crow jose mills
hicks peep vile chang doggy jets marge fled scars parallel seas dames cain fainted manning slater flint pawn
swords linked dine mold taped turf lure froze dang petition hull daring bomber rube ripe itch dork bates batch
hooks chunk settling relation qualify curb teen crate clan hitch keeper extent punching panting uptight manly
ounce yield generals norma token roar halls prank grape reef splitting batter aces caves poppy bled clam whiz
eden barge slips wages lang swift vase boxer swat flattering joints licked beck neal stalling tripping mating
aiming buns cooks pact sully thigh lent grind beasts fasten freed bums info tidy layer homo knot bitten mashed
scalp hardy drugged breeding currency loft logs fiddle chute eddy sites printing await shitting loot pots
resemblance dent beads donation scram sung mace baking faked pies seduce dong partly mourning lords beta
pending plum sigh holden dripping cautious bind riches convent rover summit evacuation rosy coaching nerd thai
cope lotion cove cowards slate barks witty lever wool rags pads captains insect banged pits frat hera wage
backward sporting tying loner breaths taco dane ching wand squire dots honoured flaw opposition brig greta
reminding thanking temp turk deposition fearless relay rake fists arise shrine mojo acute transaction pappy
damp cone puss sled barker memorize covert placing cutie wrapping puck witter wits penetrate releasing seeks
cork pest gaby cutler twain cartoons fees nosy lingerie rocked beeper starring stat fiend aggression cramp
comm davy dairy slime enchanted turd crows morse creeping serena smoothly paints traumatic grin hola troll
heating lesser beams grail
`;
